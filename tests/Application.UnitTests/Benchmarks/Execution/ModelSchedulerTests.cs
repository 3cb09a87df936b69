using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Benchmarks.Execution;

public sealed class ModelSchedulerTests
{
    [Fact]
    public async Task Baseline_wait_passes_first_cpu_sample()
    {
        var time = new RecordingTimeProvider();
        var runner = new ModelRunner(
            new MetricsCalculator(),
            new GenerationInvoker(new ListLogger<GenerationInvoker>()),
            time,
            Options.Create(new BenchmarkOptions()),
            new ListLogger<ModelRunner>());
        var scheduler = new ModelScheduler(runner, time);
        var interval = TimeSpan.FromMilliseconds(20);

        var runs = await scheduler.RunAsync(ExecutorFixture.Plan(RunMode.Sequential), [], interval, NullRunObserver.Instance, CancellationToken.None);

        Assert.Empty(runs);
        var wait = Assert.Single(time.DueTimes);
        Assert.True(wait > interval, $"the baseline wait {wait} ends when the first CPU sample is due ({interval})");
    }

    /// <summary>The system clock, keeping the due time of every timer created through it.</summary>
    private sealed class RecordingTimeProvider : TimeProvider
    {
        public List<TimeSpan> DueTimes { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            DueTimes.Add(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}

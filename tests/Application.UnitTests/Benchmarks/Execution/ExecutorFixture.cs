using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.Benchmarks.SystemLoad;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Benchmarks.Execution;

/// <summary>An executor wired to substitute ports, with helpers that script a backend's generations.</summary>
internal sealed class ExecutorFixture
{
    public ExecutorFixture()
    {
        Session.Interval.Returns(TimeSpan.FromMilliseconds(10));
        Session.StartTimestamp.Returns(Stopwatch.GetTimestamp());
        Session.Samples.Returns([]);
        Session.StopAsync().Returns([]);
        Sampler.Start(Arg.Any<IReadOnlyList<ProcessGroup>>()).Returns(Session);
        Sampler.GetSystemInfoAsync(Arg.Any<CancellationToken>()).Returns(new SystemInfo { Platform = "Linux" });
    }

    public ISystemSampler Sampler { get; } = Substitute.For<ISystemSampler>();

    public ISamplingSession Session { get; } = Substitute.For<ISamplingSession>();

    public IBenchmarkRunRepository Repository { get; } = Substitute.For<IBenchmarkRunRepository>();

    public ListLogger<GenerationInvoker> InvokerLog { get; } = new();

    public ListLogger<ModelRunner> RunnerLog { get; } = new();

    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromMinutes(1);

    public static BenchmarkPlan Plan(RunMode mode, params string[] models) =>
        new("run-1", "Why is the sky blue?", models, new GenerationParameters(), mode);

    public BenchmarkExecutor Create(params IInferenceBackend[] backends)
    {
        var time = new FixedTimeProvider();
        var options = Options.Create(new BenchmarkOptions { ModelTimeout = ModelTimeout });
        var runner = new ModelRunner(new MetricsCalculator(), new GenerationInvoker(InvokerLog), time, options, RunnerLog);

        return new BenchmarkExecutor(
            backends,
            new RunContextReader(Sampler, new ListLogger<RunContextReader>()),
            new ModelScheduler(runner, time),
            Sampler,
            new RunImpactAttacher(new SystemImpactCalculator()),
            Repository,
            time,
            new ListLogger<BenchmarkExecutor>());
    }

    /// <summary>Makes every generation of <paramref name="backend"/> run <paramref name="generate"/>.</summary>
    public static void OnGenerate(IInferenceBackend backend, Func<GenerationRequest, IGenerationObserver, CancellationToken, Task<GenerationOutcome>> generate) =>
        backend.GenerateAsync(Arg.Any<GenerationRequest>(), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>())
            .Returns(call => generate(call.Arg<GenerationRequest>(), call.Arg<IGenerationObserver>(), call.Arg<CancellationToken>()));

    /// <summary>A completed generation that streams "Hi" and " there" and reports 12 tokens.</summary>
    public static GenerationOutcome Stream(IGenerationObserver observer)
    {
        var start = Stopwatch.GetTimestamp();
        GenerationChunk[] chunks = [new("Hi", ChunkChannel.Content, start + 100), new(" there", ChunkChannel.Content, start + 200)];
        foreach (var chunk in chunks)
        {
            observer.OnChunk(chunk);
        }

        return new GenerationOutcome
        {
            Status = GenerationStatus.Completed,
            StartTimestamp = start,
            FirstByteTimestamp = start + 50,
            EndTimestamp = start + 300,
            Chunks = chunks,
            Stats = new GenerationStats { EvalCount = 12, EvalDuration = 0.5, DoneReason = "stop" },
        };
    }

    /// <summary>Streams one chunk, then waits until the token is cancelled and reports a cancelled outcome.</summary>
    public static async Task<GenerationOutcome> StreamUntilCancelled(IGenerationObserver observer, CancellationToken cancellationToken, Action? afterFirstChunk = null)
    {
        var start = Stopwatch.GetTimestamp();
        var chunk = new GenerationChunk("partial", ChunkChannel.Content, start + 100);
        observer.OnChunk(chunk);
        afterFirstChunk?.Invoke();

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        return new GenerationOutcome
        {
            Status = GenerationStatus.Cancelled,
            StartTimestamp = start,
            EndTimestamp = Stopwatch.GetTimestamp(),
            Chunks = [chunk],
            ErrorKind = ResultErrorKinds.Cancelled,
        };
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Systems;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Benchmarks.Execution;

public sealed class RunContextReaderTests
{
    [Fact]
    public async Task Timeout_of_a_step_is_logged()
    {
        var sampler = Substitute.For<ISystemSampler>();
        sampler.GetSystemInfoAsync(Arg.Any<CancellationToken>()).Returns(Task.FromException<SystemInfo>(new TaskCanceledException("the read timed out")));
        var logger = new ListLogger<RunContextReader>();

        var context = await new RunContextReader(sampler, logger).ReadAsync("run-1", [], CancellationToken.None);

        Assert.Null(context.SystemInfo);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("the read timed out", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_run_skips_steps_quietly()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var sampler = Substitute.For<ISystemSampler>();
        sampler.GetSystemInfoAsync(Arg.Any<CancellationToken>()).Returns(Task.FromCanceled<SystemInfo>(cancelled.Token));
        var logger = new ListLogger<RunContextReader>();

        var context = await new RunContextReader(sampler, logger).ReadAsync("run-1", [], cancelled.Token);

        Assert.Null(context.SystemInfo);
        Assert.Empty(logger.Entries);
    }
}

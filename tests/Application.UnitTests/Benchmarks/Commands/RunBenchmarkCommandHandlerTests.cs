using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Benchmarks.Commands;

public sealed class RunBenchmarkCommandHandlerTests
{
    [Fact]
    public async Task Handle_SendsPlanToExecutor()
    {
        var executor = Substitute.For<IBenchmarkExecutor>();
        var expected = new BenchmarkRun { Id = "r", Timestamp = FixedTimeProvider.Default, Prompt = "p" };
        executor.ExecuteAsync(Arg.Any<BenchmarkPlan>(), Arg.Any<IRunObserver>(), Arg.Any<CancellationToken>()).Returns(expected);
        var handler = CreateHandler(executor, new RunSlots(Limit(2)));
        var parameters = new GenerationParameters { Temperature = 0 };

        var run = await handler.Handle(new RunBenchmarkCommand("p", ["a", "b"], parameters, RunMode.Parallel), CancellationToken.None);

        Assert.Same(expected, run);
        await executor.Received(1).ExecuteAsync(
            Arg.Is<BenchmarkPlan>(plan => plan.Prompt == "p"
                && plan.Models.SequenceEqual(new[] { "a", "b" })
                && plan.Parameters == parameters
                && plan.Mode == RunMode.Parallel
                && plan.RunId.Length == 32),
            NullRunObserver.Instance,
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_NoParameters_UsesModelDefaults()
    {
        var executor = Substitute.For<IBenchmarkExecutor>();
        var handler = CreateHandler(executor, new RunSlots(Limit(2)));

        await handler.Handle(new RunBenchmarkCommand("p", ["a"]), CancellationToken.None);

        await executor.Received(1).ExecuteAsync(
            Arg.Is<BenchmarkPlan>(plan => plan.Parameters == new GenerationParameters()),
            Arg.Any<IRunObserver>(),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_NoFreeSlot_ThrowsTooManyRuns()
    {
        var executor = Substitute.For<IBenchmarkExecutor>();
        var slots = new RunSlots(Limit(1));
        Assert.True(slots.TryAcquire());
        var handler = CreateHandler(executor, slots);

        var exception = await Assert.ThrowsAsync<TooManyRunsException>(() => handler.Handle(new RunBenchmarkCommand("p", ["a"]), CancellationToken.None).AsTask());

        Assert.Contains("Benchmark:MaxConcurrentRuns", exception.Message, StringComparison.Ordinal);
        await executor.DidNotReceive().ExecuteAsync(Arg.Any<BenchmarkPlan>(), Arg.Any<IRunObserver>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_FailingRun_ReleasesSlot()
    {
        var executor = Substitute.For<IBenchmarkExecutor>();
        executor.ExecuteAsync(Arg.Any<BenchmarkPlan>(), Arg.Any<IRunObserver>(), Arg.Any<CancellationToken>())
            .Returns<BenchmarkRun>(_ => throw new InvalidOperationException("storage down"));
        var slots = new RunSlots(Limit(1));
        var handler = CreateHandler(executor, slots);

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.Handle(new RunBenchmarkCommand("p", ["a"]), CancellationToken.None).AsTask());

        Assert.True(slots.TryAcquire());
    }

    private static RunBenchmarkCommandHandler CreateHandler(IBenchmarkExecutor executor, RunSlots slots) =>
        new(executor, slots, Limit(1), new FixedTimeProvider());

    private static IOptions<BenchmarkOptions> Limit(int runs) =>
        Options.Create(new BenchmarkOptions { MaxConcurrentRuns = runs });
}

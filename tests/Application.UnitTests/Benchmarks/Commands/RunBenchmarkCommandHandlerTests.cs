using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
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
        var handler = new RunBenchmarkCommandHandler(executor, new FixedTimeProvider());
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
        var handler = new RunBenchmarkCommandHandler(executor, new FixedTimeProvider());

        await handler.Handle(new RunBenchmarkCommand("p", ["a"]), CancellationToken.None);

        await executor.Received(1).ExecuteAsync(
            Arg.Is<BenchmarkPlan>(plan => plan.Parameters == new GenerationParameters()),
            Arg.Any<IRunObserver>(),
            Arg.Any<CancellationToken>());
    }
}

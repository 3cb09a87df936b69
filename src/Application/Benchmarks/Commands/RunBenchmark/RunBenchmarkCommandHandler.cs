using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>Runs the benchmark while the caller waits; the request's token cancels it, keeping finished results.</summary>
public sealed class RunBenchmarkCommandHandler(IBenchmarkExecutor executor, TimeProvider timeProvider)
    : ICommandHandler<RunBenchmarkCommand, BenchmarkRun>
{
    public async ValueTask<BenchmarkRun> Handle(RunBenchmarkCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Version 7 ids sort by creation time, so file names and database keys list runs in order.
        var runId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
        var plan = new BenchmarkPlan(runId, command.Prompt, command.Models, command.Parameters ?? new GenerationParameters(), command.Mode);

        return await executor.ExecuteAsync(plan, NullRunObserver.Instance, cancellationToken).ConfigureAwait(false);
    }
}

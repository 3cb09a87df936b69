using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Domain.Benchmarks;
using Mediator;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>
/// Runs the benchmark while the caller waits; the request's token cancels it, keeping finished
/// results. It takes one of the run slots that background runs also use, so overlapping runs never
/// go unnoticed: without a free slot it throws <see cref="TooManyRunsException"/>.
/// </summary>
public sealed class RunBenchmarkCommandHandler(IBenchmarkExecutor executor, RunSlots slots, IOptions<BenchmarkOptions> options, TimeProvider timeProvider)
    : ICommandHandler<RunBenchmarkCommand, BenchmarkRun>
{
    /// <summary>A hint, not an estimate: runs take from milliseconds to many minutes.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<BenchmarkRun> Handle(RunBenchmarkCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Version 7 ids sort by creation time, so file names and database keys list runs in order.
        var runId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
        var plan = new BenchmarkPlan(runId, command.Prompt, command.Models, command.Parameters ?? new GenerationParameters(), command.Mode);

        if (!slots.TryAcquire())
        {
            throw new TooManyRunsException(options.Value.MaxConcurrentRuns, BusyRetryAfter);
        }

        try
        {
            return await executor.ExecuteAsync(plan, NullRunObserver.Instance, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }
}

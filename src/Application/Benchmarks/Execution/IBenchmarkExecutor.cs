using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Runs a benchmark plan end to end and saves it. Shared by the blocking run command and by runs
/// started in the background, which pass an observer that streams progress.
/// </summary>
public interface IBenchmarkExecutor
{
    /// <summary>
    /// Runs every model and saves the run. Cancelling <paramref name="cancellationToken"/> stops the run
    /// early: the finished results are kept, unfinished models are recorded as cancelled, and the run is
    /// saved and returned with <see cref="BenchmarkRun.Cancelled"/> set. A failed model never loses the
    /// others' results. Throws only when the run cannot be saved.
    /// </summary>
    Task<BenchmarkRun> ExecuteAsync(BenchmarkPlan plan, IRunObserver observer, CancellationToken cancellationToken);
}

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Waits one and a half sampler intervals for an idle baseline, then runs the models one after the
/// other or all at once. After the caller cancels, models that have not started are recorded as cancelled.
/// </summary>
internal sealed class ModelScheduler(ModelRunner runner, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<ModelRun>> RunAsync(
        BenchmarkPlan plan,
        IReadOnlyList<ModelAssignment> assignments,
        TimeSpan baseline,
        IRunObserver observer,
        CancellationToken cancellationToken)
    {
        try
        {
            // The sampler's first CPU figures arrive one interval after it starts. The extra half
            // interval keeps that sample before the first t0 even when the sampler thread starts late.
            await Task.Delay(baseline * 1.5, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return assignments.Select(assignment => Cancelled(plan, assignment, observer)).ToList();
        }

        if (plan.Mode == RunMode.Parallel)
        {
            var tasks = assignments.Select(assignment => Task.Run(() => runner.RunAsync(plan, assignment, observer, cancellationToken), CancellationToken.None));
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        var runs = new List<ModelRun>(assignments.Count);
        foreach (var assignment in assignments)
        {
            var run = cancellationToken.IsCancellationRequested
                ? Cancelled(plan, assignment, observer)
                : await runner.RunAsync(plan, assignment, observer, cancellationToken).ConfigureAwait(false);
            runs.Add(run);
        }

        return runs;
    }

    private ModelRun Cancelled(BenchmarkPlan plan, ModelAssignment assignment, IRunObserver observer)
    {
        var run = ModelResults.NotRun(assignment, plan.Prompt, ResultErrorKinds.Cancelled, ModelResults.CancelledBeforeStart, timeProvider.GetUtcNow());
        observer.OnModelFailed(run.Result);

        return run;
    }
}

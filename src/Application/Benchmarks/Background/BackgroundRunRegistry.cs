using System.Collections.Concurrent;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Background;

/// <summary>
/// Starts runs in the background and keeps their event logs. At most
/// <see cref="BenchmarkOptions.MaxConcurrentRuns"/> run at once; a finished run's log stays for
/// <see cref="Retention"/> so a late subscriber can still read it, then it is dropped.
/// Each run gets its own DI scope, because the request that started it ends as soon as it is accepted.
/// </summary>
public sealed partial class BackgroundRunRegistry(
    IServiceScopeFactory scopes,
    RunSlots slots,
    TimeProvider timeProvider,
    ILogger<BackgroundRunRegistry> logger) : IDisposable
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, BackgroundRun> runs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource shutdown = new();
    private readonly Lock gate = new();
    private bool disposed;

    /// <summary>Starts the plan, or returns null when the concurrency limit is reached.</summary>
    public BackgroundRun? TryStart(BenchmarkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Prune();

        if (!slots.TryAcquire())
        {
            return null;
        }

        var run = new BackgroundRun(plan.RunId, shutdown.Token);
        runs[plan.RunId] = run;
        run.Completion = Task.Run(() => ExecuteAsync(run, plan), CancellationToken.None);
        return run;
    }

    public BackgroundRun? Find(string id)
    {
        Prune();
        return runs.GetValueOrDefault(id);
    }

    /// <summary>Cancels every running run and waits for each to save what it finished, as the host stops.</summary>
    public async Task CancelAllAsync(CancellationToken cancellationToken)
    {
        if (disposed)
        {
            return;
        }

        await shutdown.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(runs.Values.Select(run => run.Completion)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        shutdown.Cancel();
        shutdown.Dispose();
        foreach (var run in runs.Values)
        {
            run.Dispose();
        }
    }

    private async Task ExecuteAsync(BackgroundRun run, BenchmarkPlan plan)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var executor = scope.ServiceProvider.GetRequiredService<IBenchmarkExecutor>();
                var observer = new RunEventObserver(run.Events, () => Release(run));
                await executor.ExecuteAsync(plan, observer, run.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            LogRunFailed(logger, run.Id, exception);
            Release(run);
            run.Events.Append(RunEventTypes.RunFinished, new RunFinishedData(
                run.Id, false, run.Token.IsCancellationRequested, $"The run could not be completed: {exception.Message}"));
        }
        finally
        {
            Release(run);
            run.FinishedAt = timeProvider.GetUtcNow();
        }
    }

    private void Release(BackgroundRun run)
    {
        if (!run.TryMarkReleased())
        {
            return;
        }

        slots.Release();
    }

    private void Prune()
    {
        var cutoff = timeProvider.GetUtcNow() - Retention;
        foreach (var run in runs.Values.Where(run => run.FinishedAt < cutoff))
        {
            if (runs.TryRemove(run.Id, out var removed))
            {
                removed.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, string runId, Exception exception);
}

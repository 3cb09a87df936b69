using System.Runtime.CompilerServices;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>
/// Keeps a run when the store fails on save by writing it to the outbox, from where
/// <see cref="OutboxReplayService"/> saves it later. A spooled run can still be read by id. Read
/// failures become <see cref="StorageUnavailableException"/>.
/// </summary>
internal sealed class SpoolingBenchmarkRunRepository(IBenchmarkRunRepository inner, OutboxSpool spool, ILogger<SpoolingBenchmarkRunRepository> logger)
    : IBenchmarkRunRepository
{
    public async Task<RunSaveResult> SaveAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.SaveAsync(run, cancellationToken);
        }
        catch (Exception error) when (StorageFailures.IsStorageFailure(error))
        {
            return await SpoolAsync(run, error, cancellationToken);
        }
    }

    public async Task<BenchmarkRun?> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(id, cancellationToken) ?? await spool.TryReadAsync(id, cancellationToken);
        }
        catch (Exception error) when (StorageFailures.IsStorageFailure(error))
        {
            // The store being down is exactly when a run waits in the outbox, so look there before failing.
            return await spool.TryReadAsync(id, cancellationToken) ?? throw Unavailable("read run " + id, error);
        }
    }

    public async Task<HistoryPage> QueryAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.QueryAsync(filter, cancellationToken);
        }
        catch (Exception error) when (StorageFailures.IsStorageFailure(error))
        {
            throw Unavailable("query the history", error);
        }
    }

    public async IAsyncEnumerable<BenchmarkRun> StreamAsync(HistoryFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var runs = inner.StreamAsync(filter, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await runs.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception error) when (StorageFailures.IsStorageFailure(error))
            {
                throw Unavailable("read runs", error);
            }

            yield return runs.Current;
        }
    }

    private async Task<RunSaveResult> SpoolAsync(BenchmarkRun run, Exception storeError, CancellationToken cancellationToken)
    {
        try
        {
            await spool.WriteAsync(run, cancellationToken);
            StoreLog.RunSpooled(logger, run.Id, storeError.Message, spool.Directory);
            return RunSaveResult.Spooled(
                $"The run is not stored yet: the store failed ({storeError.Message}). It waits in the outbox '{spool.Directory}' " +
                $"and is saved automatically when the store accepts it again (checked every {spool.ReplayInterval}).");
        }
        catch (Exception spoolError) when (spoolError is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(
                $"Saving run '{run.Id}' failed ({storeError.Message}) and writing it to the outbox '{spool.Directory}' failed too ({spoolError.Message}). Check that both are writable.",
                storeError);
        }
    }

    private static StorageUnavailableException Unavailable(string action, Exception error) =>
        new($"The run store is unavailable: could not {action} ({error.Message}). Check Storage settings and that the store is reachable.", error);
}

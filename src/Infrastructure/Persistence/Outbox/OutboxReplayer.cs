using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>
/// Saves spooled runs to the store, oldest first, deleting each file once saved. Stops at the first
/// store failure, because the next ones would fail the same way. A file that cannot be read or that
/// the store rejects (invalid JSON, an invalid run id, a document MongoDB refuses) stays for a person to inspect, and the files after it are still replayed.
/// </summary>
internal sealed class OutboxReplayer(IBenchmarkRunRepository store, OutboxSpool spool, ILogger<OutboxReplayer> logger)
{
    /// <summary>Replays the outbox and returns how many runs were saved.</summary>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken)
    {
        var files = spool.List();
        var saved = 0;

        foreach (var path in files)
        {
            try
            {
                var run = await OutboxSpool.ReadAsync(path, cancellationToken);
                await store.SaveAsync(run, cancellationToken);
                File.Delete(path);
                saved++;
            }
            catch (Exception error) when (StorageFailures.IsDocumentRejection(error))
            {
                // Stopping here would hold every later run behind one the server will never accept.
                StoreLog.OutboxRunSkipped(logger, error, Path.GetFileName(path), spool.Directory);
            }
            catch (Exception error) when (StorageFailures.IsStorageFailure(error))
            {
                StoreLog.OutboxReplayFailed(logger, Path.GetFileName(path), error.Message);
                break;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                StoreLog.OutboxRunSkipped(logger, error, Path.GetFileName(path), spool.Directory);
            }
        }

        if (files.Count > 0)
        {
            StoreLog.OutboxReplayed(logger, saved, files.Count - saved);
        }

        return saved;
    }
}

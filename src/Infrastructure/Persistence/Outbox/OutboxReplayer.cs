using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>
/// Saves spooled runs to the store, oldest first, deleting each file once saved. Stops at the first
/// store failure, because the next ones would fail the same way; an unreadable file stays for a person to inspect.
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
            catch (JsonException error)
            {
                StoreLog.OutboxReplayFailed(logger, Path.GetFileName(path), error.Message);
            }
            catch (Exception error) when (StorageFailures.IsStorageFailure(error))
            {
                StoreLog.OutboxReplayFailed(logger, Path.GetFileName(path), error.Message);
                break;
            }
        }

        if (files.Count > 0)
        {
            StoreLog.OutboxReplayed(logger, saved, files.Count - saved);
        }

        return saved;
    }
}

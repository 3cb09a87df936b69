using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>
/// Replays the outbox at start and then every <see cref="StorageOptions.OutboxReplayInterval"/>. An
/// unexpected error in one replay is logged and the next replay still runs, because an exception
/// leaving a background service stops the whole host.
/// </summary>
internal sealed class OutboxReplayService(OutboxReplayer replayer, IOptions<StorageOptions> options, ILogger<OutboxReplayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxReplayInterval);

        try
        {
            do
            {
                await ReplayOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; whatever is left in the outbox is replayed at the next start.
        }
    }

    private async Task ReplayOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await replayer.ReplayAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            StoreLog.OutboxReplayCrashed(logger, error, options.Value.OutboxReplayInterval);
        }
    }
}

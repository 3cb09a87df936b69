using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>Replays the outbox at start and then every <see cref="StorageOptions.OutboxReplayInterval"/>.</summary>
internal sealed class OutboxReplayService(OutboxReplayer replayer, IOptions<StorageOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxReplayInterval);

        try
        {
            do
            {
                await replayer.ReplayAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; whatever is left in the outbox is replayed at the next start.
        }
    }
}

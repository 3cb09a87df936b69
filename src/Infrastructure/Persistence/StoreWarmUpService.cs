using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>
/// Asks the store for one history row as the host starts, without delaying the start. The JSON
/// store then builds its index while Kestrel starts instead of on the first history request: at
/// 100,000 runs without index.json that overlap saves about half a second (docs/benchmarks.md).
/// A failure is only logged at debug level, because the first real request reports it properly.
/// </summary>
internal sealed partial class StoreWarmUpService(IBenchmarkRunRepository store, ILogger<StoreWarmUpService> logger) : IHostedService
{
    private Task warmUp = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        warmUp = Task.Run(WarmUpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Waits for the warm-up so the store is not disposed under it, at most until the host's stop deadline.</summary>
    public async Task StopAsync(CancellationToken cancellationToken) =>
        await warmUp.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task WarmUpAsync()
    {
        try
        {
            await store.QueryAsync(new HistoryFilter { Limit = 1 }, CancellationToken.None);
        }
        catch (Exception error)
        {
            WarmUpFailed(logger, error.Message);
        }
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Store warm-up at start failed: {Reason}")]
    private static partial void WarmUpFailed(ILogger logger, string reason);
}

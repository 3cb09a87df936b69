using Benchmarker.Application.Benchmarks.Background;

namespace Benchmarker.WebApi.Background;

/// <summary>Cancels background runs when the host stops, so each saves what it finished instead of being cut off.</summary>
internal sealed class BackgroundRunShutdown(BackgroundRunRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await registry.CancelAllAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout expired first; the runs stop with the process.
        }
    }
}

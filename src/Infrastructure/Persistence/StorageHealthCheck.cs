using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>
/// Readiness of the run store: the JSON directory is writable, or MongoDB replies to a ping within
/// five seconds. The host adds it with <c>AddCheck&lt;StorageHealthCheck&gt;("storage", tags: ["ready"])</c>.
/// </summary>
public sealed class StorageHealthCheck(IStorageProbe probe) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);

        try
        {
            await probe.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy("The run store is writable.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The run store did not answer within {ProbeTimeout.TotalSeconds} s.");
        }
        catch (Exception error) when (Outbox.StorageFailures.IsStorageFailure(error))
        {
            return HealthCheckResult.Unhealthy("The run store is unavailable: " + error.Message, error);
        }
    }
}

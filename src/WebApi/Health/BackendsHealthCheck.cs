using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Benchmarker.WebApi.Health;

/// <summary>
/// Ready when at least one inference backend answers; degraded when some do not, so a machine
/// without Ollama but with the embedded engine still serves runs.
/// </summary>
internal sealed class BackendsHealthCheck(IEnumerable<IInferenceBackend> backends) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statuses = new List<BackendStatus>();
        foreach (var backend in backends)
        {
            statuses.Add(await backend.GetStatusAsync(cancellationToken));
        }

        var data = statuses.ToDictionary(
            status => status.Backend,
            status => (object)(status.Available ? $"available at {status.Location}" : $"unavailable at {status.Location}: {status.Error}"));

        var available = statuses.Count(status => status.Available);
        if (available == 0)
        {
            return HealthCheckResult.Unhealthy("No inference backend is available.", data: data);
        }

        return available == statuses.Count
            ? HealthCheckResult.Healthy("Every inference backend is available.", data)
            : HealthCheckResult.Degraded("Some inference backends are unavailable.", data: data);
    }
}

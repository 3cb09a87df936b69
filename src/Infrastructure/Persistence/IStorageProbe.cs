namespace Benchmarker.Infrastructure.Persistence;

/// <summary>A cheap round trip to the configured store, used by the storage health check.</summary>
public interface IStorageProbe
{
    /// <summary>Completes when the store is writable (JSON) or replies to a ping (MongoDB), and throws otherwise.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}

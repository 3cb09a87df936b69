namespace Benchmarker.Infrastructure.Persistence;

/// <summary>A cheap round trip to the configured store, used by the storage health check.</summary>
public interface IStorageProbe
{
    /// <summary>Completes when the store can be written (JSON) or answers a ping (MongoDB); throws otherwise.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}

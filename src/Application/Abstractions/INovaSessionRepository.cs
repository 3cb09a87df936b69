using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.Abstractions;

/// <summary>
/// Storage of Ask Nova sessions. Ids reaching it are already normalised by
/// <see cref="NovaSessionId"/>; stores still reject any other id. Failures to reach the store throw
/// <see cref="Common.Exceptions.StorageUnavailableException"/>.
/// </summary>
public interface INovaSessionRepository
{
    Task<NovaSession?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves a new session or replaces the one with the same id.</summary>
    Task SaveAsync(NovaSession session, CancellationToken cancellationToken);

    /// <summary>Deletes a session; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every session, most recently updated first.</summary>
    Task<IReadOnlyList<NovaSessionSummary>> ListAsync(CancellationToken cancellationToken);
}

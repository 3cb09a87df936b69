using System.Collections.Concurrent;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.UnitTests.Nova;

internal sealed class InMemoryNovaSessionRepository : INovaSessionRepository
{
    public ConcurrentDictionary<string, NovaSession> Sessions { get; } = new();

    public int Saves { get; private set; }

    public Task<NovaSession?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Sessions.GetValueOrDefault(id));

    public Task SaveAsync(NovaSession session, CancellationToken cancellationToken)
    {
        Saves++;
        Sessions[session.Id] = session;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Sessions.TryRemove(id, out _));

    public Task<IReadOnlyList<NovaSessionSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NovaSessionSummary>>([.. Sessions.Values.Select(NovaSessionSummary.From).OrderByDescending(s => s.UpdatedAt)]);
}

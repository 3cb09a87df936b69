using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Nova;
using Mediator;

namespace Benchmarker.Application.Nova.Queries.ListNovaSessions;

/// <summary>Every session, most recently updated first, without their messages.</summary>
public sealed record ListNovaSessionsQuery : IQuery<IReadOnlyList<NovaSessionSummary>>;

public sealed class ListNovaSessionsQueryHandler(INovaSessionRepository sessions)
    : IQueryHandler<ListNovaSessionsQuery, IReadOnlyList<NovaSessionSummary>>
{
    public async ValueTask<IReadOnlyList<NovaSessionSummary>> Handle(ListNovaSessionsQuery query, CancellationToken cancellationToken) =>
        await sessions.ListAsync(cancellationToken);
}

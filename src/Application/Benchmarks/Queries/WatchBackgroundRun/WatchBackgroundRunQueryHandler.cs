using Benchmarker.Application.Benchmarks.Background;
using Benchmarker.Application.Common.Exceptions;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.WatchBackgroundRun;

public sealed class WatchBackgroundRunQueryHandler(BackgroundRunRegistry registry)
    : IQueryHandler<WatchBackgroundRunQuery, IAsyncEnumerable<RunEvent>>
{
    public ValueTask<IAsyncEnumerable<RunEvent>> Handle(WatchBackgroundRunQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var run = registry.Find(query.Id) ?? throw new NotFoundException("Background run", query.Id);

        // The stream is read by the caller; its own token (the request's) ends the subscription.
        return ValueTask.FromResult(run.Events.ReadAsync(query.AfterId, CancellationToken.None));
    }
}

using Benchmarker.Application.Abstractions;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;

public sealed class GetBenchmarkHistoryQueryHandler(IBenchmarkRunRepository repository)
    : IQueryHandler<GetBenchmarkHistoryQuery, HistoryPage>
{
    public async ValueTask<HistoryPage> Handle(GetBenchmarkHistoryQuery query, CancellationToken cancellationToken)
    {
        // The validator has already rejected an unknown sort column.
        HistorySort.TryParse(query.Sort, out var sortBy, out var descending);

        var filter = new HistoryFilter
        {
            Limit = query.Limit,
            Offset = query.Offset,
            Model = string.IsNullOrWhiteSpace(query.Model) ? null : query.Model.Trim(),
            From = query.From,
            To = query.To,
            Success = query.Success,
            PromptContains = string.IsNullOrWhiteSpace(query.Prompt) ? null : query.Prompt.Trim(),
            SortBy = sortBy,
            Descending = descending,
            Cursor = string.IsNullOrEmpty(query.Cursor) ? null : query.Cursor,
        };

        return await repository.QueryAsync(filter, cancellationToken);
    }
}

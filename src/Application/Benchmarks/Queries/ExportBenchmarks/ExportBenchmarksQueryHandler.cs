using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;

public sealed class ExportBenchmarksQueryHandler(IBenchmarkRunRepository repository)
    : IQueryHandler<ExportBenchmarksQuery, BenchmarkExport>
{
    public ValueTask<BenchmarkExport> Handle(ExportBenchmarksQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The validator has already rejected an unknown format or sort column.
        HistorySort.TryParse(query.Sort, out var sortBy, out var descending);
        var format = string.Equals(query.Format, "json", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Json : ExportFormat.Csv;

        var filter = new HistoryFilter
        {
            Model = string.IsNullOrWhiteSpace(query.Model) ? null : query.Model.Trim(),
            From = query.From,
            To = query.To,
            Success = query.Success,
            PromptContains = string.IsNullOrWhiteSpace(query.Prompt) ? null : query.Prompt.Trim(),
            SortBy = sortBy,
            Descending = descending,
        };

        // The enumeration is driven by the response writer, under the request's token.
        return ValueTask.FromResult(new BenchmarkExport(format, repository.StreamAsync(filter, CancellationToken.None)));
    }
}

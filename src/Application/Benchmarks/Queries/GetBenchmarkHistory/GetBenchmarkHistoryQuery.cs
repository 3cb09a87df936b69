using Benchmarker.Application.Abstractions;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;

/// <summary>
/// One page of stored runs. <paramref name="Sort"/> is a column name in snake_case, prefixed with
/// "-" for descending order (default "-timestamp": newest first). <paramref name="Cursor"/> is the
/// previous page's next_cursor, to page by position instead of by <paramref name="Offset"/>.
/// </summary>
public sealed record GetBenchmarkHistoryQuery(
    int Limit = 50,
    int Offset = 0,
    string? Model = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool? Success = null,
    string? Sort = null,
    string? Prompt = null,
    string? Cursor = null) : IQuery<HistoryPage>;

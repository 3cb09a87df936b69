using Benchmarker.Application.Abstractions;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;

/// <summary>Parses the history's <c>sort</c> parameter: a snake_case column, "-" in front for descending.</summary>
internal static class HistorySort
{
    public static readonly IReadOnlyDictionary<string, HistorySortField> Fields = new Dictionary<string, HistorySortField>(StringComparer.OrdinalIgnoreCase)
    {
        ["timestamp"] = HistorySortField.Timestamp,
        ["prompt"] = HistorySortField.Prompt,
        ["models"] = HistorySortField.Models,
        ["success"] = HistorySortField.Success,
        ["best_time_to_first_token"] = HistorySortField.BestTimeToFirstToken,
        ["best_tokens_per_second"] = HistorySortField.BestTokensPerSecond,
    };

    public static bool TryParse(string? sort, out HistorySortField field, out bool descending)
    {
        field = HistorySortField.Timestamp;
        descending = true;
        if (string.IsNullOrWhiteSpace(sort))
        {
            return true;
        }

        descending = sort.StartsWith('-');
        var name = sort.TrimStart('-', '+');
        return Fields.TryGetValue(name, out field);
    }
}

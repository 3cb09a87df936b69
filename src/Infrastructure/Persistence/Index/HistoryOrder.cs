using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// Order of the history, shared by both stores: the chosen column, then timestamp newest first,
/// then id. A missing value (null) is the smallest, so it comes first ascending and last descending,
/// as MongoDB sorts. Prompts compare by the lower-case excerpt, ordinal.
/// </summary>
internal sealed class HistoryOrder(HistorySortField field, bool descending) : IComparer<RunIndexEntry>
{
    public int Compare(RunIndexEntry? x, RunIndexEntry? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);

        var byField = CompareField(x, y);
        if (byField != 0)
        {
            return descending ? -byField : byField;
        }

        var byTime = y.Summary.Timestamp.CompareTo(x.Summary.Timestamp);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
    }

    private int CompareField(RunIndexEntry x, RunIndexEntry y) => field switch
    {
        HistorySortField.Timestamp => x.Summary.Timestamp.CompareTo(y.Summary.Timestamp),
        HistorySortField.Prompt => string.CompareOrdinal(x.PromptKey, y.PromptKey),
        HistorySortField.Models => string.CompareOrdinal(x.ModelsKey, y.ModelsKey),
        HistorySortField.Success => x.Summary.Success.CompareTo(y.Summary.Success),
        HistorySortField.BestTimeToFirstToken => Nullable.Compare(x.Summary.BestTimeToFirstToken, y.Summary.BestTimeToFirstToken),
        HistorySortField.BestTokensPerSecond => Nullable.Compare(x.Summary.BestTokensPerSecond, y.Summary.BestTokensPerSecond),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown history sort field."),
    };
}

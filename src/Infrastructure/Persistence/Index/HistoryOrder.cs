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

    /// <summary>
    /// Sorts <paramref name="entries"/> in this order. The timestamp order, which the first history
    /// page uses, sorts an array of UTC ticks with the entries as items and then sorts each group of
    /// equal timestamps by the comparer. That gives the comparer's order, and at 100,000 runs it takes
    /// a fraction of the time of a comparer sort, which reads two objects per comparison.
    /// </summary>
    public void Sort(RunIndexEntry[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        if (field != HistorySortField.Timestamp)
        {
            Array.Sort(entries, this);
            return;
        }

        // UTC ticks are never negative, so negating them reverses the order without overflow.
        var keys = new long[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var ticks = entries[i].Summary.Timestamp.UtcTicks;
            keys[i] = descending ? -ticks : ticks;
        }

        Array.Sort(keys, entries);

        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(entries, start, end - start, this);
            }

            start = end;
        }
    }

    /// <summary>Compares an entry with the position a cursor marks: positive when the entry comes after it.</summary>
    public int CompareToCursor(RunIndexEntry entry, HistoryCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(cursor);

        var byField = field switch
        {
            HistorySortField.Timestamp => entry.Summary.Timestamp.UtcTicks.CompareTo(cursor.TimestampUtcTicks),
            HistorySortField.Prompt => string.CompareOrdinal(entry.PromptKey, cursor.Text),
            HistorySortField.Models => string.CompareOrdinal(entry.ModelsKey, cursor.Text),
            HistorySortField.Success => entry.Summary.Success.CompareTo(cursor.Flag ?? false),
            HistorySortField.BestTimeToFirstToken => Nullable.Compare(entry.Summary.BestTimeToFirstToken, cursor.Number),
            HistorySortField.BestTokensPerSecond => Nullable.Compare(entry.Summary.BestTokensPerSecond, cursor.Number),
            _ => throw new ArgumentOutOfRangeException(nameof(cursor), field, "Unknown history sort field."),
        };
        if (byField != 0)
        {
            return descending ? -byField : byField;
        }

        var byTime = cursor.TimestampUtcTicks.CompareTo(entry.Summary.Timestamp.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(entry.Id, cursor.Id);
    }

    /// <summary>Position of the first entry after the cursor in <paramref name="sorted"/>, which is in this order: a binary search.</summary>
    public int FirstAfter(IReadOnlyList<RunIndexEntry> sorted, HistoryCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(sorted);

        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (CompareToCursor(sorted[middle], cursor) > 0)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
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

using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// Thread-safe in-memory index of stored runs. Sorted views are built once per sort order and then
/// updated in place of a new sort on each save, so a history page is a scan of one array.
/// </summary>
internal sealed class RunIndex
{
    private readonly Lock gate = new();

    private readonly Dictionary<string, RunIndexEntry> entries;

    private readonly Dictionary<(HistorySortField Field, bool Descending), SortedView> sortedViews = [];

    private readonly Dictionary<string, int> modelBits = new(StringComparer.Ordinal);

    public RunIndex()
        : this(new Dictionary<string, RunIndexEntry>(StringComparer.Ordinal))
    {
    }

    /// <summary>
    /// An index of entries already keyed by id with an ordinal comparer, which it takes over. It is
    /// dirty unless empty, as if each entry had been added with <see cref="Upsert"/>.
    /// </summary>
    public RunIndex(Dictionary<string, RunIndexEntry> entriesById)
    {
        ArgumentNullException.ThrowIfNull(entriesById);

        entries = entriesById;
        version = entriesById.Count;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    private long version;

    private long savedVersion;

    /// <summary>Set when the index changed since it was last persisted.</summary>
    public bool IsDirty
    {
        get
        {
            lock (gate)
            {
                return version != savedVersion;
            }
        }
    }

    public RunIndexEntry? Find(string id)
    {
        lock (gate)
        {
            return entries.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds or replaces an entry and returns the entry it replaced, if any.</summary>
    public RunIndexEntry? Upsert(RunIndexEntry entry)
    {
        lock (gate)
        {
            entries.TryGetValue(entry.Id, out var previous);
            entries[entry.Id] = entry;
            version++;

            if (sortedViews.Count > 0)
            {
                UpdateViews(entry, previous);
            }

            return previous;
        }
    }

    public void MarkClean()
    {
        lock (gate)
        {
            savedVersion = version;
        }
    }

    /// <summary>
    /// Records that the snapshot taken at <paramref name="snapshotVersion"/> was persisted. Runs saved
    /// while it was being written keep the index dirty, so they are persisted too.
    /// </summary>
    public void MarkSaved(long snapshotVersion)
    {
        lock (gate)
        {
            savedVersion = Math.Max(savedVersion, snapshotVersion);
        }
    }

    /// <summary>Every entry, with the version they belong to for <see cref="MarkSaved"/>.</summary>
    public (IReadOnlyList<RunIndexEntry> Entries, long Version) Snapshot()
    {
        lock (gate)
        {
            return ([.. entries.Values], version);
        }
    }

    /// <summary>Every entry in the given order; the view is shared and must not be changed.</summary>
    public SortedView Sorted(HistorySortField field, bool descending)
    {
        lock (gate)
        {
            if (sortedViews.TryGetValue((field, descending), out var view))
            {
                return view;
            }

            RunIndexEntry[] sorted = [.. entries.Values];
            var order = new HistoryOrder(field, descending);
            order.Sort(sorted);

            view = SortedView.Create(sorted, order, modelBits);
            sortedViews[(field, descending)] = view;
            return view;
        }
    }

    private void UpdateViews(RunIndexEntry entry, RunIndexEntry? previous)
    {
        foreach (var model in entry.NormalizedModels)
        {
            _ = SortedView.BitOf(model, modelBits);
        }

        var bits = new Dictionary<string, int>(modelBits, StringComparer.Ordinal);

        foreach (var key in sortedViews.Keys.ToList())
        {
            sortedViews[key] = sortedViews[key].WithUpsert(entry, previous, bits);
        }
    }
}

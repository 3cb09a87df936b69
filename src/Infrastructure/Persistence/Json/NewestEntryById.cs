using Benchmarker.Infrastructure.Persistence.Index;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Index entries by run id, filled by the start-up reader threads as they read, so no pass over
/// all entries remains once the last file is read. When two files contain the same run id, the
/// file written last wins, and the other is logged. Equal write times fall back to the file names
/// in ordinal order, so the choice never depends on which thread read first.
/// </summary>
internal sealed class NewestEntryById(int capacity, ILogger logger)
{
    private readonly Lock gate = new();

    private readonly Dictionary<string, RunIndexEntry> entries = new(capacity, StringComparer.Ordinal);

    /// <summary>The entries by id; read it only after every <see cref="Add"/> has returned.</summary>
    public Dictionary<string, RunIndexEntry> Entries => entries;

    /// <summary>Adds an entry, or keeps the newer of it and the entry with the same id. Thread-safe.</summary>
    public void Add(RunIndexEntry entry)
    {
        RunIndexEntry older;
        RunIndexEntry newer;
        lock (gate)
        {
            if (entries.TryAdd(entry.Id, entry))
            {
                return;
            }

            var other = entries[entry.Id];
            (older, newer) = IsNewer(entry, other) ? (other, entry) : (entry, other);
            entries[entry.Id] = newer;
        }

        StoreLog.DuplicateRunId(logger, entry.Id, older.FileName, newer.FileName);
    }

    private static bool IsNewer(RunIndexEntry entry, RunIndexEntry other) =>
        entry.FileWriteTicks != other.FileWriteTicks
            ? entry.FileWriteTicks > other.FileWriteTicks
            : string.CompareOrdinal(entry.FileName, other.FileName) > 0;
}

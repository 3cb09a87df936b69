using System.Text.Json;
using Benchmarker.Infrastructure.Persistence.Index;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// The index saved as index.json beside the run files, so a start with many runs reads one file
/// instead of all. Entries carry each file's length and write time: a file that changed since is
/// read again, a file that is gone is dropped.
/// </summary>
internal sealed record PersistedRunIndex(int Version, IReadOnlyList<RunIndexEntry> Entries)
{
    /// <summary>Format of the file; version 2 leaves implausible rates out of best_tokens_per_second, so older files are rebuilt.</summary>
    public const int CurrentVersion = 2;

    /// <summary>Entries by file name, or an empty map when the file is missing, unreadable or of another version.</summary>
    public static Dictionary<string, RunIndexEntry> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, RunIndexEntry>(StringComparer.Ordinal);
        }

        try
        {
            using var stream = File.OpenRead(path);
            var persisted = JsonSerializer.Deserialize<PersistedRunIndex>(stream, BenchmarkerJson.Options);
            if (persisted is null || persisted.Version != CurrentVersion)
            {
                return new Dictionary<string, RunIndexEntry>(StringComparer.Ordinal);
            }

            return persisted.Entries
                .GroupBy(entry => entry.FileName, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new Dictionary<string, RunIndexEntry>(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes the index atomically and marks what was written as saved.</summary>
    public static async Task SaveAsync(string path, RunIndex index, CancellationToken cancellationToken)
    {
        var (entries, version) = index.Snapshot();
        await AtomicFile.WriteJsonAsync(path, new PersistedRunIndex(CurrentVersion, entries), cancellationToken);
        index.MarkSaved(version);
    }
}

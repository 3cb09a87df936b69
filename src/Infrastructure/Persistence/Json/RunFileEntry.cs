using System.IO.Enumeration;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>A run file found in the store directory, with what is needed to tell whether it changed.</summary>
internal readonly record struct RunFileEntry(string FileName, long Length, long WriteTicks)
{
    /// <summary>Lists "*.json" files except index.json and hidden (temporary) files.</summary>
    public static List<RunFileEntry> List(string directory)
    {
        var enumerable = new FileSystemEnumerable<RunFileEntry>(
            directory,
            (ref FileSystemEntry entry) => new RunFileEntry(entry.FileName.ToString(), entry.Length, entry.LastWriteTimeUtc.UtcTicks))
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory
                && entry.FileName.EndsWith(".json", StringComparison.Ordinal)
                && !entry.FileName.StartsWith('.')
                && !entry.FileName.Equals(RunIds.IndexFileName, StringComparison.Ordinal),
        };

        return [.. enumerable];
    }
}

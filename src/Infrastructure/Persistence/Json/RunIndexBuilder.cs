using System.Text.Json;
using Benchmarker.Infrastructure.Persistence.Index;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Builds the in-memory index at start: deletes leftover temporary files, reuses index.json entries
/// whose file is unchanged and reads new or changed files in parallel. The index comes back dirty
/// when it differs from index.json, and the store saves it then. A file that cannot be read is
/// skipped with a warning, never fatal.
/// </summary>
internal sealed class RunIndexBuilder(string directory, ILogger logger)
{
    public RunIndex Build(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var leftovers = AtomicFile.DeleteLeftovers(directory);

        var indexPath = Path.Combine(directory, RunIds.IndexFileName);
        var persisted = PersistedRunIndex.Load(indexPath);

        // Without index.json every file is read, and the reader takes length and write time from the open file.
        var files = persisted.Count == 0 ? RunFileEntry.ListNames(directory) : RunFileEntry.List(directory);

        var reused = new List<RunIndexEntry>(files.Count);
        var toRead = new List<RunFileEntry>();
        foreach (var file in files)
        {
            if (persisted.TryGetValue(file.FileName, out var known) && known.FileLength == file.Length && known.FileWriteTicks == file.WriteTicks)
            {
                reused.Add(known);
            }
            else
            {
                toRead.Add(file);
            }
        }

        var newest = new NewestEntryById(files.Count, logger);
        reused.ForEach(newest.Add);
        new RunFileReaderThreads(directory, toRead, (file, buffer) =>
        {
            if (TryRead(file, buffer) is { } entry)
            {
                newest.Add(entry);
            }
        }).ReadAll(cancellationToken);

        // NOTE: a file that loses to a newer file with the same run id is not in index.json, so it
        // is read again on every start and index.json is rewritten each time.
        var index = new RunIndex(newest.Entries);
        if (toRead.Count == 0 && persisted.Count == reused.Count)
        {
            index.MarkClean();
        }

        StoreLog.IndexBuilt(logger, directory, index.Count, toRead.Count, leftovers);
        return index;
    }

    private RunIndexEntry? TryRead(RunFileEntry file, RunFileBuffer buffer)
    {
        try
        {
            var bytes = buffer.Read(file.FileName, file.Length, out var writeTicks);
            var run = RunSummaryScanner.TryScan(bytes) ?? RunDocumentReader.Read(bytes, file.FileName);
            if (!RunIds.IsValid(run.Id))
            {
                StoreLog.UnreadableRunFile(logger, file.FileName, $"run id '{run.Id}' is not a safe file name");
                return null;
            }

            return RunIndexEntry.From(run, file.FileName, bytes.Length, writeTicks);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            StoreLog.UnreadableRunFile(logger, file.FileName, error.Message);
            return null;
        }
    }
}

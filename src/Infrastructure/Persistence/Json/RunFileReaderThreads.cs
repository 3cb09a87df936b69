using System.Runtime.ExceptionServices;
using Benchmarker.Infrastructure.Persistence.Index;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Reads run files into index entries on one dedicated thread per core, the calling thread
/// included, each with its own reusable buffer. Threads take batches of files from a shared
/// counter, so a slow file does not leave the others idle. The threads are not thread-pool
/// threads because the service builds the index while Kestrel starts: with the pool's threads busy
/// reading, Kestrel's first requests waited for the pool to add a thread, and /health/live
/// answered after 1.3 s instead of 0.6 s at 100,000 runs.
/// </summary>
internal sealed class RunFileReaderThreads(string directory, List<RunFileEntry> files, Func<RunFileEntry, RunFileBuffer, RunIndexEntry?> read)
{
    /// <summary>Files a thread takes at a time: enough to make taking them cheap, few enough to share the work evenly.</summary>
    private const int FilesPerBatch = 64;

    private int lastBatch = -1;

    private ExceptionDispatchInfo? failure;

    /// <summary>Entries of the files that <c>read</c> returned one for, in no particular order. Rethrows the first exception a thread raised.</summary>
    public List<RunIndexEntry> ReadAll(CancellationToken cancellationToken)
    {
        var threadCount = Math.Clamp(files.Count / FilesPerBatch, 1, Environment.ProcessorCount);
        var entries = new List<RunIndexEntry>[threadCount];

        var threads = Enumerable.Range(1, threadCount - 1)
            .Select(worker => new Thread(() => entries[worker] = ReadBatches(cancellationToken)) { IsBackground = true, Name = "Run index reader" })
            .ToList();
        threads.ForEach(thread => thread.Start());
        entries[0] = ReadBatches(cancellationToken);
        threads.ForEach(thread => thread.Join());

        failure?.Throw();
        return [.. entries.SelectMany(list => list)];
    }

    private List<RunIndexEntry> ReadBatches(CancellationToken cancellationToken)
    {
        var entries = new List<RunIndexEntry>();
        try
        {
            using var buffer = new RunFileBuffer(directory);

            int batch;
            while ((batch = Interlocked.Increment(ref lastBatch)) < (files.Count + FilesPerBatch - 1) / FilesPerBatch && Volatile.Read(ref failure) is null)
            {
                cancellationToken.ThrowIfCancellationRequested();

                var end = Math.Min((batch + 1) * FilesPerBatch, files.Count);
                for (var position = batch * FilesPerBatch; position < end; position++)
                {
                    if (read(files[position], buffer) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }
        }
        catch (Exception error)
        {
            // Any exception reaches the caller of ReadAll; an unhandled one here would end the process.
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(error), null);
        }

        return entries;
    }
}

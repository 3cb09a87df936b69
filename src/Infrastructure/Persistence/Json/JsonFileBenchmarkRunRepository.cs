using System.Runtime.CompilerServices;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Stores each run as "{id}.json" in one directory and serves the history from an in-memory index
/// built on first use. Writes are atomic, and saves of the same id are serialised so the index
/// always describes the file that won. Runs added to the directory by hand after start are not
/// seen until the next start.
/// </summary>
public sealed class JsonFileBenchmarkRunRepository : IBenchmarkRunRepository, IStorageProbe, IAsyncDisposable, IDisposable
{
    private const int LockStripes = 64;

    private readonly ILogger logger;

    private readonly SemaphoreSlim indexGate = new(1, 1);

    private readonly SemaphoreSlim[] idLocks = [.. Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1))];

    private RunIndex? index;

    private Task indexSave = Task.CompletedTask;

    private int disposed;

    public JsonFileBenchmarkRunRepository(IOptions<StorageOptions> options, ILogger<JsonFileBenchmarkRunRepository> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        Directory = Path.GetFullPath(options.Value.Json.Directory);
        this.logger = logger;
    }

    /// <summary>Absolute directory of the run files.</summary>
    public string Directory { get; }

    public async Task<RunSaveResult> SaveAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        RunIds.EnsureValid(run.Id);

        var runIndex = await GetIndexAsync(cancellationToken);
        var fileName = run.Id + ".json";
        var path = Path.Combine(Directory, fileName);
        var idLock = idLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(run.Id) % LockStripes)];

        await idLock.WaitAsync(cancellationToken);
        try
        {
            await AtomicFile.WriteJsonAsync(path, run, cancellationToken);

            var file = new FileInfo(path);
            var previous = runIndex.Upsert(RunIndexEntry.From(run, fileName, file.Length, file.LastWriteTimeUtc.Ticks));
            if (previous is not null && previous.FileName != fileName)
            {
                File.Delete(Path.Combine(Directory, previous.FileName));
            }
        }
        finally
        {
            idLock.Release();
        }

        return RunSaveResult.Stored;
    }

    public async Task<BenchmarkRun?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!RunIds.IsValid(id))
        {
            return null;
        }

        var entry = (await GetIndexAsync(cancellationToken)).Find(id);
        return entry is null ? null : await ReadRunAsync(entry, cancellationToken);
    }

    public async Task<HistoryPage> QueryAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        HistoryPaging.EnsureValid(filter);

        var cursor = filter.Cursor is null ? null : HistoryCursor.Decode(filter.Cursor, filter.SortBy, filter.Descending);

        var matches = await MatchAsync(filter, cancellationToken);
        var start = cursor is null ? filter.Offset : new HistoryOrder(filter.SortBy, filter.Descending).FirstAfter(matches, cursor);

        var end = (int)Math.Min((long)start + filter.Limit, matches.Count);
        var items = new List<BenchmarkRunSummary>(Math.Max(0, end - start));
        for (var position = start; position < end; position++)
        {
            items.Add(matches[position].Summary);
        }

        var hasMore = items.Count > 0 && end < matches.Count;
        return new HistoryPage(items, matches.Count, filter.Limit, filter.Offset)
        {
            NextCursor = hasMore ? HistoryCursor.After(items[^1], filter.SortBy, filter.Descending).Encode() : null,
        };
    }

    public async IAsyncEnumerable<BenchmarkRun> StreamAsync(HistoryFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        foreach (var entry in await MatchAsync(filter, cancellationToken))
        {
            if (await ReadRunAsync(entry, cancellationToken) is { } run)
            {
                yield return run;
            }
        }
    }

    /// <summary>Writes and deletes a probe file, which fails when the directory is missing, full or read-only.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var probePath = Path.Combine(Directory, $".probe-{Guid.NewGuid():N}{AtomicFile.TempSuffix}");

        await File.WriteAllTextAsync(probePath, "probe", cancellationToken);
        File.Delete(probePath);
    }

    /// <summary>Saves index.json when runs were saved since start, so the next start reads fewer files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // An index still being built would otherwise start its index.json write after this returns.
        await indexGate.WaitAsync();
        await indexSave;
        if (index is { IsDirty: true } dirty)
        {
            await SaveIndexAsync(dirty);
        }

        indexGate.Dispose();
        foreach (var idLock in idLocks)
        {
            idLock.Dispose();
        }
    }

    /// <summary>Writes index.json; a failure only makes the next start slower, so it is logged, not thrown.</summary>
    private async Task SaveIndexAsync(RunIndex toSave)
    {
        var indexPath = Path.Combine(Directory, RunIds.IndexFileName);
        try
        {
            await PersistedRunIndex.SaveAsync(indexPath, toSave, CancellationToken.None);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            StoreLog.IndexSaveFailed(logger, indexPath, error.Message);
        }
    }

    /// <summary>Does what <see cref="DisposeAsync"/> does, for containers disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Entries matching the filter, in its order, from a synchronous scan of the cached sorted view.
    /// Only entries whose indexed prompt is truncated and whose prefix did not match are checked against their file.
    /// </summary>
    private async Task<IReadOnlyList<RunIndexEntry>> MatchAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        var view = (await GetIndexAsync(cancellationToken)).Sorted(filter.SortBy, filter.Descending);
        var matcher = new HistoryMatcher(filter, view);
        if (!matcher.HasCriteria)
        {
            return view.Entries;
        }

        var matches = new List<RunIndexEntry>();
        List<int>? uncertain = null;
        for (var position = 0; position < view.Entries.Length; position++)
        {
            if (!matcher.MatchesWithoutPrompt(position))
            {
                continue;
            }

            var promptMatch = matcher.MatchesPrompt(position);
            if (promptMatch is null)
            {
                (uncertain ??= []).Add(matches.Count);
            }

            if (promptMatch is not false)
            {
                matches.Add(view.Entries[position]);
            }
        }

        return uncertain is null ? matches : await CheckWholePromptsAsync(matches, uncertain, matcher.PromptLower!, cancellationToken);
    }

    private async Task<List<RunIndexEntry>> CheckWholePromptsAsync(List<RunIndexEntry> matches, List<int> uncertain, string promptLower, CancellationToken cancellationToken)
    {
        var rejected = new HashSet<int>();
        foreach (var position in uncertain)
        {
            var run = await ReadRunAsync(matches[position], cancellationToken);
            if (run is null || !run.Prompt.Contains(promptLower, StringComparison.OrdinalIgnoreCase))
            {
                rejected.Add(position);
            }
        }

        return [.. matches.Where((_, position) => !rejected.Contains(position))];
    }

    private async Task<BenchmarkRun?> ReadRunAsync(RunIndexEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(Directory, entry.FileName), cancellationToken);
            return RunDocumentReader.Read(bytes, entry.FileName);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private async ValueTask<RunIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        if (index is { } built)
        {
            return built;
        }

        await indexGate.WaitAsync(cancellationToken);
        try
        {
            if (index is null)
            {
                // A thread of its own, which the builder also reads files on, so the build takes no
                // thread-pool thread while the host starts (see RunFileReaderThreads).
                var fresh = await Task.Factory.StartNew(
                    () => new RunIndexBuilder(Directory, logger).Build(cancellationToken),
                    cancellationToken,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);

                // The first page is served while index.json is written: at 100,000 runs the write
                // takes about a tenth of the start, and only the next start needs it.
                if (fresh.IsDirty)
                {
                    indexSave = Task.Run(() => SaveIndexAsync(fresh), CancellationToken.None);
                }

                index = fresh;
            }

            return index;
        }
        finally
        {
            indexGate.Release();
        }
    }
}

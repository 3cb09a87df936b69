using System.Diagnostics;
using System.Globalization;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Performance.Storage;

/// <summary>
/// Measures the JSON store over generated runs in a temporary directory: index build without
/// index.json (every file read), index build with index.json, history page latency (p50, p95),
/// and deep pages reached by offset or by cursor.
/// </summary>
internal static class HistoryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var directory = Path.Combine(Path.GetTempPath(), "bench-history-" + Guid.NewGuid().ToString("N"));

        try
        {
            var clock = Stopwatch.StartNew();
            var bytes = GeneratedRuns.Write(directory, count);
            Console.WriteLine($"generated {count} runs, {bytes / 1048576.0:F0} MiB, in {clock.Elapsed.TotalSeconds:F1} s");

            // Writing 100,000 files leaves dirty pages that the kernel flushes for a while; flushing them
            // first keeps that work out of the first timing. The no-index start runs three times so one
            // slow start on the shared machine is visible as such.
            FileSystemFlush.Run();
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                File.Delete(Path.Combine(directory, "index.json"));
                Console.WriteLine($"index build, no index.json (reads every file), try {attempt}: {await TimeStartAsync(directory):F2} s");
            }

            Console.WriteLine($"index build, index.json present:                       {await TimeStartAsync(directory):F2} s");

            await using var store = Open(directory);
            await MeasureQueriesAsync(store);
            await MeasureQueryAfterSaveAsync(store);
            await CursorPagingBenchmark.MeasureAsync(store, count);
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static JsonFileBenchmarkRunRepository Open(string directory) =>
        new(Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = directory } }), NullLogger<JsonFileBenchmarkRunRepository>.Instance);

    private static async Task<double> TimeStartAsync(string directory)
    {
        var clock = Stopwatch.StartNew();
        await using var store = Open(directory);
        await store.QueryAsync(new HistoryFilter { Limit = 1 }, CancellationToken.None);
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task MeasureQueriesAsync(JsonFileBenchmarkRunRepository store)
    {
        HistoryFilter[] filters =
        [
            new(),
            new() { Offset = 5_000 },
            new() { Model = "qwen3:8b" },
            new() { Success = false, SortBy = HistorySortField.BestTokensPerSecond },
            new() { PromptContains = "haiku", SortBy = HistorySortField.Prompt, Descending = false },
            new() { From = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), SortBy = HistorySortField.BestTimeToFirstToken },
        ];

        foreach (var filter in filters)
        {
            await store.QueryAsync(filter, CancellationToken.None);
        }

        foreach (var filter in filters)
        {
            var timings = new List<double>();
            for (var i = 0; i < 100; i++)
            {
                var clock = Stopwatch.StartNew();
                await store.QueryAsync(filter, CancellationToken.None);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine($"page of 50 {Describe(filter),-60} p50 {timings[49]:F2} ms  p95 {timings[94]:F2} ms");
        }
    }

    /// <summary>A save writes and fsyncs one file and updates every cached sorted view; the next page uses the updated views.</summary>
    private static async Task MeasureQueryAfterSaveAsync(JsonFileBenchmarkRunRepository store)
    {
        var saves = new List<double>();
        var pages = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var run = await store.GetAsync($"run-{i:D6}", CancellationToken.None);
            var clock = Stopwatch.StartNew();
            await store.SaveAsync(run! with { Timestamp = DateTimeOffset.UtcNow }, CancellationToken.None);
            saves.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            await store.QueryAsync(new HistoryFilter { Model = "phi4" }, CancellationToken.None);
            pages.Add(clock.Elapsed.TotalMilliseconds);
        }

        saves.Sort();
        pages.Sort();
        Console.WriteLine($"save of one run (fsync, 6 cached views updated): p50 {saves[9]:F1} ms  max {saves[19]:F1} ms");
        Console.WriteLine($"first page filtered by model after that save:    p50 {pages[9]:F2} ms  max {pages[19]:F2} ms");
    }

    private static string Describe(HistoryFilter filter) =>
        $"sort={filter.SortBy}{(filter.Descending ? " desc" : " asc")} offset={filter.Offset} model={filter.Model} success={filter.Success} prompt={filter.PromptContains} from={filter.From:yyyy-MM-dd}";
}

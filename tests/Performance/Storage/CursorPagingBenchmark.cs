using System.Diagnostics;
using Benchmarker.Application.Abstractions;

namespace Benchmarker.Performance.Storage;

/// <summary>
/// Compares a deep history page reached by offset with the same page reached by cursor, and a
/// walk over the whole history page by page both ways, to show whether either cost grows with depth.
/// </summary>
internal static class CursorPagingBenchmark
{
    private const int PageSize = 50;

    public static async Task MeasureAsync(IBenchmarkRunRepository store, int count)
    {
        foreach (var depth in new[] { 0, count / 2, count - PageSize })
        {
            await MeasureDepthAsync(store, new HistoryFilter(), depth);
            await MeasureDepthAsync(store, new HistoryFilter { SortBy = HistorySortField.BestTokensPerSecond }, depth);
        }

        await MeasureWalkAsync(store, count);
    }

    private static async Task MeasureDepthAsync(IBenchmarkRunRepository store, HistoryFilter filter, int depth)
    {
        var before = depth == 0 ? null : await store.QueryAsync(filter with { Limit = 1, Offset = depth - 1 }, CancellationToken.None);
        var byCursor = filter with { Limit = PageSize, Cursor = before?.NextCursor };
        var byOffset = filter with { Limit = PageSize, Offset = depth };

        var offsetIds = (await store.QueryAsync(byOffset, CancellationToken.None)).Items.Select(item => item.Id);
        var cursorIds = (await store.QueryAsync(byCursor, CancellationToken.None)).Items.Select(item => item.Id);
        if (!offsetIds.SequenceEqual(cursorIds))
        {
            throw new InvalidOperationException($"The page at depth {depth} differs between offset and cursor paging.");
        }

        var offsetTimes = await TimeAsync(store, byOffset);
        var cursorTimes = await TimeAsync(store, byCursor);
        Console.WriteLine($"page of {PageSize} at position {depth,6}, sort={filter.SortBy,-19} by offset p50 {offsetTimes[49]:F3} ms p95 {offsetTimes[94]:F3} ms | by cursor p50 {cursorTimes[49]:F3} ms p95 {cursorTimes[94]:F3} ms");
    }

    private static async Task<List<double>> TimeAsync(IBenchmarkRunRepository store, HistoryFilter filter)
    {
        var timings = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.QueryAsync(filter, CancellationToken.None);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return timings;
    }

    /// <summary>Lists every run, 500 per page, once by offset and once by cursor, filtered by model so each page also pays for the match.</summary>
    private static async Task MeasureWalkAsync(IBenchmarkRunRepository store, int count)
    {
        var filter = new HistoryFilter { Limit = 500, Model = "qwen3:8b" };

        var clock = Stopwatch.StartNew();
        var byOffset = 0;
        for (var offset = 0; offset < count; offset += filter.Limit)
        {
            var page = await store.QueryAsync(filter with { Offset = offset }, CancellationToken.None);
            byOffset += page.Items.Count;
            if (page.Items.Count < filter.Limit)
            {
                break;
            }
        }

        var offsetSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var byCursor = 0;
        string? cursor = null;
        do
        {
            var page = await store.QueryAsync(filter with { Cursor = cursor }, CancellationToken.None);
            byCursor += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Console.WriteLine($"walk of every model=qwen3:8b run, 500 per page: by offset {byOffset} runs in {offsetSeconds:F2} s | by cursor {byCursor} runs in {clock.Elapsed.TotalSeconds:F2} s");
    }
}

using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>Keyset paging: following next_cursor must list the same runs, in the same order, as offset paging.</summary>
public abstract partial class RunStoreContract
{
    public static TheoryData<HistorySortField, bool> EveryOrder()
    {
        var data = new TheoryData<HistorySortField, bool>();
        foreach (var field in Enum.GetValues<HistorySortField>())
        {
            data.Add(field, false);
            data.Add(field, true);
        }

        return data;
    }

    [StoreTheory]
    [MemberData(nameof(EveryOrder))]
    public async Task Cursor_walk_matches_offset_order(HistorySortField field, bool descending)
    {
        var store = await CursorRunsAsync();
        var filter = new HistoryFilter { SortBy = field, Descending = descending };
        var expected = await IdsAsync(store, filter with { Limit = 1000 });

        var walked = await WalkAsync(store, filter with { Limit = 2 });

        Assert.Equal(9, expected.Length);
        Assert.Equal(expected, walked);
    }

    [StoreFact]
    public async Task Cursor_walk_applies_filter()
    {
        var store = await CursorRunsAsync();
        var filter = new HistoryFilter { Model = "llama3", SortBy = HistorySortField.BestTimeToFirstToken, Descending = false };
        var expected = await IdsAsync(store, filter with { Limit = 1000 });

        var walked = await WalkAsync(store, filter with { Limit = 1 });

        Assert.Equal(5, expected.Length);
        Assert.Equal(expected, walked);
    }

    [StoreTheory]
    [InlineData(false, new[] { "null-new", "null-old", "fast", "slow" })]
    [InlineData(true, new[] { "slow", "fast", "null-new", "null-old" })]
    public async Task Cursor_pages_through_null_values(bool descending, string[] expected)
    {
        var store = await NullRatesAsync();

        var walked = await WalkAsync(store, new HistoryFilter { SortBy = HistorySortField.BestTimeToFirstToken, Descending = descending, Limit = 1 });

        Assert.Equal(expected, walked);
    }

    [StoreFact]
    public async Task Cursor_page_keeps_total_and_ends_with_null()
    {
        var store = await SeededAsync();

        var first = await store.QueryAsync(new HistoryFilter { Limit = 2 }, CancellationToken.None);
        var second = await store.QueryAsync(new HistoryFilter { Limit = 2, Cursor = first.NextCursor }, CancellationToken.None);

        Assert.NotNull(first.NextCursor);
        Assert.Equal(3, second.Total);
        Assert.Equal("a", Assert.Single(second.Items).Id);
        Assert.Null(second.NextCursor);
    }

    [StoreFact]
    public async Task Cursor_after_last_item_is_empty_page()
    {
        var store = await SeededAsync();
        var last = (await store.QueryAsync(new HistoryFilter(), CancellationToken.None)).Items[^1];
        var cursor = HistoryCursor.After(last, HistorySortField.Timestamp, descending: true).Encode();

        var page = await store.QueryAsync(new HistoryFilter { Cursor = cursor }, CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Equal(3, page.Total);
        Assert.Null(page.NextCursor);
    }

    [StoreFact]
    public async Task Cursor_continues_after_new_saves()
    {
        var store = await SeededAsync();
        var first = await store.QueryAsync(new HistoryFilter { Limit = 1 }, CancellationToken.None);

        // A newer run lands before the cursor and does not shift the next page, as an offset would.
        await store.SaveAsync(RunFactory.Run("newest", T0.AddHours(9)), CancellationToken.None);
        var next = await store.QueryAsync(new HistoryFilter { Limit = 1, Cursor = first.NextCursor }, CancellationToken.None);

        Assert.Equal("c", Assert.Single(first.Items).Id);
        Assert.Equal("b", Assert.Single(next.Items).Id);
    }

    [StoreTheory]
    [InlineData("not-a-cursor")]
    [InlineData("e30")]
    [InlineData("eyJzb3J0X2J5IjoiVGltZXN0YW1wIn0")]
    [InlineData("%%%")]
    public async Task Cursor_malformed_is_rejected(string cursor)
    {
        var store = await SeededAsync();

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => store.QueryAsync(new HistoryFilter { Cursor = cursor }, CancellationToken.None));

        Assert.Contains("Cursor", failure.Message, StringComparison.Ordinal);
        Assert.Contains("start again without cursor", failure.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Cursor_of_other_sort_is_rejected()
    {
        var store = await SeededAsync();
        var byPrompt = await store.QueryAsync(new HistoryFilter { Limit = 1, SortBy = HistorySortField.Prompt }, CancellationToken.None);
        var ascending = await store.QueryAsync(new HistoryFilter { Limit = 1, Descending = false }, CancellationToken.None);

        var otherField = await Assert.ThrowsAsync<ArgumentException>(() => store.QueryAsync(new HistoryFilter { Cursor = byPrompt.NextCursor }, CancellationToken.None));
        var otherDirection = await Assert.ThrowsAsync<ArgumentException>(() => store.QueryAsync(new HistoryFilter { Cursor = ascending.NextCursor }, CancellationToken.None));

        Assert.Contains("another sort order", otherField.Message, StringComparison.Ordinal);
        Assert.Contains("another sort order", otherDirection.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Cursor_with_offset_is_rejected()
    {
        var store = await SeededAsync();
        var first = await store.QueryAsync(new HistoryFilter { Limit = 1 }, CancellationToken.None);

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => store.QueryAsync(new HistoryFilter { Limit = 1, Offset = 1, Cursor = first.NextCursor }, CancellationToken.None));

        Assert.Contains("Offset", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<string[]> WalkAsync(IBenchmarkRunRepository store, HistoryFilter filter)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await store.QueryAsync(filter with { Cursor = cursor }, CancellationToken.None);
            ids.AddRange(page.Items.Select(item => item.Id));
            cursor = page.NextCursor;
            if (cursor is null)
            {
                return [.. ids];
            }
        }

        throw new InvalidOperationException($"The cursor walk did not end after 100 pages; it listed {string.Join(", ", ids)}.");
    }

    /// <summary>Nine runs with ties in every column (value, then timestamp) and null rates, so each tie-break rule is crossed by a page boundary.</summary>
    private async Task<IBenchmarkRunRepository> CursorRunsAsync()
    {
        var store = Open();
        BenchmarkRunSpec[] runs =
        [
            new("k1", 0, "same prompt", "llama3", true, 0.5, 20),
            new("k2", 0, "same prompt", "llama3", true, 0.5, 20),
            new("k3", 0, "Same Prompt", "llama3:latest", false, null, null),
            new("k4", 1, "other", "qwen3:8b", true, 0.5, 20),
            new("k5", 1, "other", "qwen3:8b", false, null, null),
            new("k6", 2, "zeta", "phi4", true, 0.2, 35.5),
            new("k7", 3, "alpha", "llama3", true, 0.9, 5),
            new("k0", 3, "alpha", "llama3", true, 0.9, 5),
            new("k8", 4, "ALPHA", "gemma3:4b", true, 0.5, 20),
        ];

        foreach (var run in runs)
        {
            await store.SaveAsync(RunFactory.Run(run.Id, T0.AddMinutes(run.Minutes), run.Prompt, run.Model, run.Success, run.Ttft ?? 0, run.Tps ?? 0), CancellationToken.None);
        }

        return store;
    }

    private sealed record BenchmarkRunSpec(string Id, int Minutes, string Prompt, string Model, bool Success, double? Ttft, double? Tps);
}

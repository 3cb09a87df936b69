using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// What every <see cref="IBenchmarkRunRepository"/> promises, run once per store by a subclass.
/// The order rules are those of docs/storage.md: the chosen column, then timestamp newest first,
/// then id ascending, with a null value smaller than any number.
/// </summary>
public abstract partial class RunStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<IBenchmarkRunRepository> opened = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in opened)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    /// <summary>A new store object over this test's storage; a second call reads what the first saved, as after a restart.</summary>
    protected abstract IBenchmarkRunRepository CreateStore();

    protected IBenchmarkRunRepository Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    protected async Task<IBenchmarkRunRepository> SeededAsync()
    {
        var store = Open();
        await store.SaveAsync(RunFactory.Run("a", T0, prompt: "Alpha question", model: "llama3", ttft: 0.9, tps: 10), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("b", T0.AddHours(1), prompt: "beta QUESTION", model: "qwen3:8b", success: false, ttft: 0.1, tps: 30), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("c", T0.AddHours(2), prompt: "Charlie", model: "llama3:latest", ttft: 0.5, tps: 20), CancellationToken.None);
        return store;
    }

    protected static async Task<string[]> IdsAsync(IBenchmarkRunRepository store, HistoryFilter filter) =>
        [.. (await store.QueryAsync(filter, CancellationToken.None)).Items.Select(item => item.Id)];

    protected static string Json(BenchmarkRun run) => JsonSerializer.Serialize(run, BenchmarkerJson.Options);

    [StoreFact]
    public async Task Round_trip_keeps_every_field()
    {
        var run = FullRun.Create("full-1", new DateTimeOffset(2026, 2, 3, 4, 5, 6, 789, TimeSpan.FromHours(2)));
        await Open().SaveAsync(run, CancellationToken.None);

        var loaded = await Open().GetAsync("full-1", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(Json(run), Json(loaded));
        Assert.Equal(run.Timestamp, loaded.Timestamp);
        Assert.Equal(run.Timestamp.Offset, loaded.Timestamp.Offset);
    }

    [StoreFact]
    public async Task Save_same_id_replaces_run()
    {
        var store = Open();
        await store.SaveAsync(RunFactory.Run("same", T0, prompt: "first"), CancellationToken.None);

        await store.SaveAsync(RunFactory.Run("same", T0.AddHours(1), prompt: "second", model: "phi4"), CancellationToken.None);

        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);
        Assert.Equal(1, page.Total);
        Assert.Equal("second", Assert.Single(page.Items).PromptExcerpt);
        Assert.Equal("second", (await store.GetAsync("same", CancellationToken.None))?.Prompt);
        Assert.Empty(await IdsAsync(store, new HistoryFilter { Model = "llama3" }));
        Assert.Equal(["same"], await IdsAsync(Open(), new HistoryFilter { Model = "phi4" }));
    }

    [StoreFact]
    public async Task Get_unknown_id_returns_null()
    {
        var store = await SeededAsync();

        Assert.Null(await store.GetAsync("unknown", CancellationToken.None));
    }

    [StoreTheory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    [InlineData("index")]
    [InlineData("")]
    [InlineData("bad id")]
    public async Task Get_malformed_id_returns_null(string id)
    {
        var store = await SeededAsync();

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
    }

    [StoreTheory]
    [InlineData("../evil")]
    [InlineData("index")]
    [InlineData("")]
    public async Task Save_malformed_id_is_rejected(string id)
    {
        var store = Open();

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(RunFactory.Run(id, T0), CancellationToken.None));

        Assert.Contains("Run id", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.QueryAsync(new HistoryFilter(), CancellationToken.None)).Total);
    }

    [StoreFact]
    public async Task Default_order_is_newest_first()
    {
        var store = await SeededAsync();

        Assert.Equal(["c", "b", "a"], await IdsAsync(store, new HistoryFilter()));
    }

    [StoreTheory]
    [InlineData("llama3", new[] { "c", "a" })]
    [InlineData("llama3:latest", new[] { "c", "a" })]
    [InlineData("QWEN3:8b", new[] { "b" })]
    [InlineData("qwen3", new string[0])]
    public async Task Model_filter_normalises_latest(string model, string[] expected)
    {
        var store = await SeededAsync();

        Assert.Equal(expected, await IdsAsync(store, new HistoryFilter { Model = model }));
    }

    [StoreFact]
    public async Task Model_filter_works_beyond_63_models()
    {
        var store = Open();
        for (var i = 0; i < 70; i++)
        {
            await store.SaveAsync(RunFactory.Run($"r{i}", T0.AddMinutes(i), model: $"model{i}:1b"), CancellationToken.None);
        }

        Assert.Equal(["r68"], await IdsAsync(store, new HistoryFilter { Model = "model68:1b" }));
        Assert.Equal(["r5"], await IdsAsync(store, new HistoryFilter { Model = "model5:1b" }));
        Assert.Empty(await IdsAsync(store, new HistoryFilter { Model = "unknown" }));
    }

    [StoreFact]
    public async Task From_and_to_are_inclusive()
    {
        var store = await SeededAsync();

        Assert.Equal(["c", "b"], await IdsAsync(store, new HistoryFilter { From = T0.AddHours(1) }));
        Assert.Equal(["b", "a"], await IdsAsync(store, new HistoryFilter { To = T0.AddHours(1) }));
        Assert.Equal(["b"], await IdsAsync(store, new HistoryFilter { From = T0.AddHours(1), To = T0.AddHours(1) }));
        Assert.Equal(["b"], await IdsAsync(store, new HistoryFilter { From = T0.AddHours(1).ToOffset(TimeSpan.FromHours(2)), To = T0.AddHours(1) }));
    }

    [StoreFact]
    public async Task Success_filter_selects_runs()
    {
        var store = await SeededAsync();

        Assert.Equal(["b"], await IdsAsync(store, new HistoryFilter { Success = false }));
        Assert.Equal(["c", "a"], await IdsAsync(store, new HistoryFilter { Success = true }));
    }

    [StoreFact]
    public async Task Prompt_filter_ignores_case()
    {
        var store = await SeededAsync();

        Assert.Equal(["b", "a"], await IdsAsync(store, new HistoryFilter { PromptContains = "question" }));
        Assert.Equal(["c"], await IdsAsync(store, new HistoryFilter { PromptContains = "ARLI" }));
        Assert.Empty(await IdsAsync(store, new HistoryFilter { PromptContains = "delta" }));
    }

    [StoreFact]
    public async Task Prompt_filter_searches_beyond_4096_characters()
    {
        var store = Open();
        await store.SaveAsync(RunFactory.Run("long", T0, prompt: new string('x', 5000) + "needle (1+1)"), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("long-miss", T0.AddMinutes(1), prompt: new string('x', 5000) + "hay"), CancellationToken.None);

        Assert.Equal(["long"], await IdsAsync(store, new HistoryFilter { PromptContains = "NEEDLE (1+1)" }));
        Assert.Equal(["long"], await IdsAsync(Open(), new HistoryFilter { PromptContains = "needle" }));
    }

    [StoreTheory]
    [InlineData(HistorySortField.Timestamp, false, new[] { "a", "b", "c" })]
    [InlineData(HistorySortField.Timestamp, true, new[] { "c", "b", "a" })]
    [InlineData(HistorySortField.Prompt, false, new[] { "a", "b", "c" })]
    [InlineData(HistorySortField.Prompt, true, new[] { "c", "b", "a" })]
    [InlineData(HistorySortField.Models, false, new[] { "a", "c", "b" })]
    [InlineData(HistorySortField.Models, true, new[] { "b", "c", "a" })]
    [InlineData(HistorySortField.Success, false, new[] { "b", "c", "a" })]
    [InlineData(HistorySortField.Success, true, new[] { "c", "a", "b" })]
    [InlineData(HistorySortField.BestTimeToFirstToken, false, new[] { "b", "c", "a" })]
    [InlineData(HistorySortField.BestTimeToFirstToken, true, new[] { "a", "c", "b" })]
    [InlineData(HistorySortField.BestTokensPerSecond, false, new[] { "b", "a", "c" })]
    [InlineData(HistorySortField.BestTokensPerSecond, true, new[] { "c", "a", "b" })]
    public async Task Sort_orders_by_field(HistorySortField field, bool descending, string[] expected)
    {
        var store = await SeededAsync();

        Assert.Equal(expected, await IdsAsync(store, new HistoryFilter { SortBy = field, Descending = descending }));
    }

    [StoreTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sort_ties_break_by_newest_then_id(bool descending)
    {
        var store = Open();
        await store.SaveAsync(RunFactory.Run("tie-b", T0, tps: 5), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("tie-a", T0, tps: 5), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("tie-new", T0.AddMinutes(1), tps: 5), CancellationToken.None);

        // The tie-break is the same in both directions: only the column's own order flips.
        var ids = await IdsAsync(store, new HistoryFilter { SortBy = HistorySortField.BestTokensPerSecond, Descending = descending });

        Assert.Equal(["tie-new", "tie-a", "tie-b"], ids);
    }

    [StoreFact]
    public async Task Sort_puts_null_first_ascending_last_descending()
    {
        var store = await NullRatesAsync();

        Assert.Equal(["null-new", "null-old", "fast", "slow"], await IdsAsync(store, new HistoryFilter { SortBy = HistorySortField.BestTimeToFirstToken, Descending = false }));
        Assert.Equal(["slow", "fast", "null-new", "null-old"], await IdsAsync(store, new HistoryFilter { SortBy = HistorySortField.BestTimeToFirstToken, Descending = true }));
    }

    [StoreFact]
    public async Task Sort_stays_correct_after_replacing_saves()
    {
        var filters = Enum.GetValues<HistorySortField>()
            .SelectMany(field => new[] { new HistoryFilter { SortBy = field }, new HistoryFilter { SortBy = field, Descending = false } })
            .ToList();
        var store = await SeededAsync();
        foreach (var filter in filters)
        {
            await IdsAsync(store, filter);
        }

        await store.SaveAsync(RunFactory.Run("a", T0.AddHours(5), prompt: "Zulu", model: "phi4", ttft: 0.05, tps: 99), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("d", T0.AddHours(-1), prompt: "Delta", model: "qwen3:8b", ttft: 0.3, tps: 25), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("b", T0.AddHours(1), prompt: "beta QUESTION", model: "qwen3:8b", ttft: 0.2, tps: 5), CancellationToken.None);

        foreach (var filter in filters)
        {
            Assert.Equal(await IdsAsync(Open(), filter), await IdsAsync(store, filter));
        }

        Assert.Equal(["a", "c", "b", "d"], await IdsAsync(store, new HistoryFilter()));
        Assert.Equal(["d", "b"], await IdsAsync(store, new HistoryFilter { Model = "qwen3:8b", Descending = false }));
        Assert.Equal(["a"], await IdsAsync(store, new HistoryFilter { Model = "phi4" }));
    }

    [StoreFact]
    public async Task Paging_returns_slice_and_total()
    {
        var store = await SeededAsync();

        var page = await store.QueryAsync(new HistoryFilter { Limit = 1, Offset = 1 }, CancellationToken.None);

        Assert.Equal(3, page.Total);
        Assert.Equal(1, page.Limit);
        Assert.Equal(1, page.Offset);
        Assert.Equal("b", Assert.Single(page.Items).Id);
    }

    [StoreFact]
    public async Task Paging_with_filter_counts_matches()
    {
        var store = await SeededAsync();

        var page = await store.QueryAsync(new HistoryFilter { Limit = 1, Offset = 1, Success = true }, CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal("a", Assert.Single(page.Items).Id);
        Assert.Null(page.NextCursor);
    }

    [StoreFact]
    public async Task Paging_limit_zero_returns_total_only()
    {
        var store = await SeededAsync();

        var page = await store.QueryAsync(new HistoryFilter { Limit = 0 }, CancellationToken.None);

        Assert.Equal(3, page.Total);
        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
    }

    [StoreFact]
    public async Task Paging_offset_past_end_is_empty()
    {
        var store = await SeededAsync();

        var page = await store.QueryAsync(new HistoryFilter { Offset = 10 }, CancellationToken.None);

        Assert.Equal(3, page.Total);
        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
    }

    [StoreFact]
    public async Task Paging_negative_values_are_rejected()
    {
        var store = await SeededAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.QueryAsync(new HistoryFilter { Limit = -1 }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.QueryAsync(new HistoryFilter { Offset = -1 }, CancellationToken.None));
    }

    [StoreFact]
    public async Task Stream_yields_whole_runs_in_order()
    {
        var store = await SeededAsync();

        var runs = await store.StreamAsync(new HistoryFilter { Limit = 1, Offset = 5, Success = true }, CancellationToken.None).ToListAsync();

        Assert.Equal(["c", "a"], runs.Select(run => run.Id));
        Assert.Equal("Charlie", runs[0].Prompt);
        Assert.Equal([0.5, 0.6, 0.7], runs[0].Results[0].ChunkOffsets);
    }

    [StoreFact]
    public async Task Stream_follows_sort_and_model()
    {
        var store = await SeededAsync();

        var runs = await store.StreamAsync(new HistoryFilter { Model = "llama3", SortBy = HistorySortField.BestTimeToFirstToken, Descending = false }, CancellationToken.None).ToListAsync();

        Assert.Equal(["c", "a"], runs.Select(run => run.Id));
    }

    [StoreFact]
    public async Task Concurrent_saves_all_arrive()
    {
        var store = Open();

        var distinct = Enumerable.Range(0, 100).Select(i => store.SaveAsync(RunFactory.Run($"run-{i}", T0.AddMinutes(i)), CancellationToken.None));
        var sameId = Enumerable.Range(0, 30).Select(i => store.SaveAsync(RunFactory.Run("shared", T0, prompt: $"version {i}"), CancellationToken.None));
        await Task.WhenAll(distinct.Concat(sameId));

        var page = await store.QueryAsync(new HistoryFilter { Limit = 1000 }, CancellationToken.None);
        var shared = await store.GetAsync("shared", CancellationToken.None);
        Assert.Equal(101, page.Total);
        Assert.Equal(101, page.Items.Select(item => item.Id).Distinct().Count());
        Assert.NotNull(shared);
        Assert.Equal(shared.Prompt, page.Items.Single(item => item.Id == "shared").PromptExcerpt);
        Assert.Equal(101, (await Open().QueryAsync(new HistoryFilter(), CancellationToken.None)).Total);
    }

    /// <summary>Two runs without a time to first token (every result failed) among two with one.</summary>
    protected async Task<IBenchmarkRunRepository> NullRatesAsync()
    {
        var store = Open();
        await store.SaveAsync(RunFactory.Run("fast", T0, ttft: 0.1), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("null-old", T0.AddMinutes(1), success: false), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("slow", T0.AddMinutes(2), ttft: 0.9), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("null-new", T0.AddMinutes(3), success: false), CancellationToken.None);
        return store;
    }
}

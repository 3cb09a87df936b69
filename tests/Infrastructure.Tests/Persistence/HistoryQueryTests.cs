using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence;

public sealed class HistoryQueryTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    private async Task<Benchmarker.Infrastructure.Persistence.Json.JsonFileBenchmarkRunRepository> SeededAsync()
    {
        var store = temp.Open();
        await store.SaveAsync(RunFactory.Run("a", T0, prompt: "Alpha question", model: "llama3", ttft: 0.9, tps: 10), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("b", T0.AddHours(1), prompt: "beta QUESTION", model: "qwen3:8b", success: false, ttft: 0.1, tps: 30), CancellationToken.None);
        await store.SaveAsync(RunFactory.Run("c", T0.AddHours(2), prompt: "Charlie", model: "llama3:latest", ttft: 0.5, tps: 20), CancellationToken.None);
        return store;
    }

    private static async Task<string[]> IdsAsync(IBenchmarkRunRepository store, HistoryFilter filter) =>
        [.. (await store.QueryAsync(filter, CancellationToken.None)).Items.Select(item => item.Id)];

    [Fact]
    public async Task Default_order_is_newest_first()
    {
        await using var store = await SeededAsync();

        Assert.Equal(["c", "b", "a"], await IdsAsync(store, new HistoryFilter()));
    }

    [Theory]
    [InlineData("llama3", new[] { "c", "a" })]
    [InlineData("llama3:latest", new[] { "c", "a" })]
    [InlineData("QWEN3:8b", new[] { "b" })]
    [InlineData("qwen3", new string[0])]
    public async Task Model_filter_normalises_latest(string model, string[] expected)
    {
        await using var store = await SeededAsync();

        Assert.Equal(expected, await IdsAsync(store, new HistoryFilter { Model = model }));
    }

    [Fact]
    public async Task Model_filter_works_beyond_63_models()
    {
        await using var store = temp.Open();
        for (var i = 0; i < 70; i++)
        {
            await store.SaveAsync(RunFactory.Run($"r{i}", T0.AddMinutes(i), model: $"model{i}:1b"), CancellationToken.None);
        }

        Assert.Equal(["r68"], await IdsAsync(store, new HistoryFilter { Model = "model68:1b" }));
        Assert.Equal(["r5"], await IdsAsync(store, new HistoryFilter { Model = "model5:1b" }));
        Assert.Empty(await IdsAsync(store, new HistoryFilter { Model = "unknown" }));
    }

    [Fact]
    public async Task From_and_to_are_inclusive()
    {
        await using var store = await SeededAsync();

        Assert.Equal(["c", "b"], await IdsAsync(store, new HistoryFilter { From = T0.AddHours(1) }));
        Assert.Equal(["b", "a"], await IdsAsync(store, new HistoryFilter { To = T0.AddHours(1) }));
    }

    [Fact]
    public async Task Success_filter_selects_runs()
    {
        await using var store = await SeededAsync();

        Assert.Equal(["b"], await IdsAsync(store, new HistoryFilter { Success = false }));
        Assert.Equal(["c", "a"], await IdsAsync(store, new HistoryFilter { Success = true }));
    }

    [Fact]
    public async Task Prompt_filter_ignores_case()
    {
        await using var store = await SeededAsync();

        Assert.Equal(["b", "a"], await IdsAsync(store, new HistoryFilter { PromptContains = "question" }));
    }

    [Fact]
    public async Task Prompt_filter_reads_file_beyond_prefix()
    {
        await using var store = temp.Open();
        await store.SaveAsync(RunFactory.Run("long", T0, prompt: new string('x', 5000) + "needle"), CancellationToken.None);

        Assert.Equal(["long"], await IdsAsync(store, new HistoryFilter { PromptContains = "NEEDLE" }));
    }

    [Theory]
    [InlineData(HistorySortField.Timestamp, false, new[] { "a", "b", "c" })]
    [InlineData(HistorySortField.Prompt, false, new[] { "a", "b", "c" })]
    [InlineData(HistorySortField.Prompt, true, new[] { "c", "b", "a" })]
    [InlineData(HistorySortField.Models, false, new[] { "a", "c", "b" })]
    [InlineData(HistorySortField.Success, false, new[] { "b", "c", "a" })]
    [InlineData(HistorySortField.BestTimeToFirstToken, false, new[] { "b", "c", "a" })]
    [InlineData(HistorySortField.BestTokensPerSecond, true, new[] { "c", "a", "b" })]
    public async Task Sort_orders_by_field_then_newest(HistorySortField field, bool descending, string[] expected)
    {
        await using var store = await SeededAsync();

        Assert.Equal(expected, await IdsAsync(store, new HistoryFilter { SortBy = field, Descending = descending }));
    }

    [Fact]
    public async Task Sorted_views_stay_correct_after_saves()
    {
        var filters = Enum.GetValues<HistorySortField>()
            .SelectMany(field => new[] { new HistoryFilter { SortBy = field }, new HistoryFilter { SortBy = field, Descending = false } })
            .ToList();
        await using (var store = await SeededAsync())
        {
            foreach (var filter in filters)
            {
                await IdsAsync(store, filter);
            }

            await store.SaveAsync(RunFactory.Run("a", T0.AddHours(5), prompt: "Zulu", model: "phi4", ttft: 0.05, tps: 99), CancellationToken.None);
            await store.SaveAsync(RunFactory.Run("d", T0.AddHours(-1), prompt: "Delta", model: "qwen3:8b", ttft: 0.3, tps: 25), CancellationToken.None);
            await store.SaveAsync(RunFactory.Run("b", T0.AddHours(1), prompt: "beta QUESTION", model: "qwen3:8b", ttft: 0.2, tps: 5), CancellationToken.None);

            foreach (var filter in filters)
            {
                var updated = await IdsAsync(store, filter);
                await using var fresh = temp.Open();
                Assert.Equal(await IdsAsync(fresh, filter), updated);
            }

            Assert.Equal(["d", "b"], await IdsAsync(store, new HistoryFilter { Model = "qwen3:8b", Descending = false }));
            Assert.Equal(["a"], await IdsAsync(store, new HistoryFilter { Model = "phi4" }));
        }
    }

    [Fact]
    public async Task Paging_returns_slice_and_total()
    {
        await using var store = await SeededAsync();

        var page = await store.QueryAsync(new HistoryFilter { Limit = 1, Offset = 1 }, CancellationToken.None);

        Assert.Equal(3, page.Total);
        Assert.Equal("b", Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Stream_yields_whole_runs_in_order()
    {
        await using var store = await SeededAsync();

        var runs = await store.StreamAsync(new HistoryFilter { Limit = 1, Success = true }, CancellationToken.None).ToListAsync();

        Assert.Equal(["c", "a"], runs.Select(run => run.Id));
        Assert.Equal("Charlie", runs[0].Prompt);
    }

    public void Dispose() => temp.Dispose();
}

using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence;

public sealed class LegacyFixtureTests : IDisposable
{
    private readonly TempStore temp = new();

    private async Task<Benchmarker.Infrastructure.Persistence.Json.JsonFileBenchmarkRunRepository> OpenWithFixturesAsync()
    {
        Directory.CreateDirectory(temp.Directory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns"), "*.json"))
        {
            File.Copy(file, Path.Combine(temp.Directory, Path.GetFileName(file)));
        }

        var store = temp.Open();
        await store.QueryAsync(new HistoryFilter(), CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task All_five_fixtures_are_indexed()
    {
        await using var store = await OpenWithFixturesAsync();

        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(5, page.Total);
        Assert.All(page.Items, item => Assert.Equal(3, item.ResultCount));
    }

    [Fact]
    public async Task Chunk_fixture_maps_first_chunk_both_ways()
    {
        await using var store = await OpenWithFixturesAsync();

        var run = await store.GetAsync("benchmark_20241225_122858", CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(4.940197229385376, run.Results[0].Timing.TimeToFirstToken);
        Assert.Equal(4.940197229385376, run.Results[0].Timing.TimeToFirstChunk);
        Assert.Equal(0.46545671281360446, run.Results[0].Timing.AverageChunkTime);
        Assert.Equal("wizardlm2", run.Results[0].Model);
        Assert.Equal("ollama", run.Results[0].Backend);
        Assert.Equal("", run.Prompt);
        Assert.Equal(new DateTimeOffset(2024, 12, 25, 12, 28, 58, 201, TimeSpan.Zero).AddTicks(1660), run.Timestamp);
        Assert.Equal("Python 3.10.0", run.SystemInfo!.RuntimeVersion);
        Assert.Empty(run.SystemInfo.Gpu);
        Assert.Equal(8, run.Results[0].SystemImpact!.CpuDelta.Count);
        Assert.True(run.Success);
    }

    [Fact]
    public async Task Underscore_id_fixture_maps_token_and_space_timestamp()
    {
        await using var store = await OpenWithFixturesAsync();

        var run = await store.GetAsync("20241225_222048", CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal("What is 2+2?", run.Prompt);
        Assert.Equal(4.921652046999952, run.Results[0].Timing.TimeToFirstToken);
        Assert.Equal(4.921652046999952, run.Results[0].Timing.TimeToFirstChunk);
        Assert.Equal(new DateTimeOffset(2024, 12, 25, 22, 19, 59, 567, TimeSpan.Zero).AddTicks(350), run.Results[0].Timestamp);
        Assert.StartsWith("2 + 2 equals 4.", run.Results[0].Response, StringComparison.Ordinal);
        Assert.Null(run.SystemInfo!.GpuStatus);
        Assert.Empty(run.SystemInfo.Gpu);
    }

    [Theory]
    [InlineData("benchmark_20241225_123035", 1.3451638221740723)]
    [InlineData("20241225_222126", 2.7591529549999905)]
    [InlineData("benchmark_results_20241225_122126", 15.938036918640137)]
    public async Task Fixture_loads_first_token_time(string id, double expected)
    {
        await using var store = await OpenWithFixturesAsync();

        var run = await store.GetAsync(id, CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(expected, run.Results[0].Timing.TimeToFirstToken);
        Assert.Equal(16.0, run.SystemInfo!.Memory!.Total);
    }

    [Fact]
    public async Task Saving_legacy_run_replaces_its_file()
    {
        await using (var store = await OpenWithFixturesAsync())
        {
            var run = await store.GetAsync("20241225_222048", CancellationToken.None);
            await store.SaveAsync(run!, CancellationToken.None);
        }

        Assert.False(File.Exists(Path.Combine(temp.Directory, "benchmark_20241225_222048.json")));
        await using var reopened = temp.Open();
        Assert.Equal(5, (await reopened.QueryAsync(new HistoryFilter(), CancellationToken.None)).Total);
    }

    public void Dispose() => temp.Dispose();
}

using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>What only the JSON-file store does: ids kept inside its directory, temporary files after a crash, one file per run.</summary>
public sealed class JsonFileRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    [InlineData("index")]
    [InlineData("")]
    public async Task Get_unsafe_id_returns_null(string id)
    {
        await using var store = temp.Open();
        await store.SaveAsync(RunFactory.Run("x", T0), CancellationToken.None);
        File.Copy(Path.Combine(temp.Directory, "x.json"), Path.Combine(temp.Root, "x.json"));

        Assert.Null(await store.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Restart_after_crash_loads_complete_runs_and_deletes_temp_files()
    {
        await using (var store = temp.Open())
        {
            await store.SaveAsync(RunFactory.Run("complete", T0), CancellationToken.None);
        }

        var halfWritten = Path.Combine(temp.Directory, ".half.json.0123.tmp");
        File.WriteAllText(halfWritten, "{\"id\":\"half\",\"timestamp\":\"2026-");
        var truncated = Path.Combine(temp.Directory, ".trunc.json.4567.tmp");
        File.WriteAllText(truncated, "");

        await using var reopened = temp.Open();
        var page = await reopened.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(1, page.Total);
        Assert.Equal("complete", page.Items[0].Id);
        Assert.False(File.Exists(halfWritten));
        Assert.False(File.Exists(truncated));
    }

    [Fact]
    public async Task Run_file_with_null_prompt_is_skipped()
    {
        await using (var store = temp.Open())
        {
            await store.SaveAsync(RunFactory.Run("complete", T0), CancellationToken.None);
        }

        File.WriteAllText(Path.Combine(temp.Directory, "broken.json"), """{"id":"broken","timestamp":"2026-01-01T12:00:00Z","prompt":null,"results":[]}""");

        await using var reopened = temp.Open();
        var page = await reopened.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(1, page.Total);
        Assert.Equal("complete", page.Items[0].Id);
        Assert.Null(await reopened.GetAsync("broken", CancellationToken.None));
    }

    [Fact]
    public async Task Parallel_saves_keep_index_and_files_consistent()
    {
        await using (var store = temp.Open())
        {
            var distinct = Enumerable.Range(0, 200).Select(i => store.SaveAsync(RunFactory.Run($"run-{i}", T0.AddMinutes(i)), CancellationToken.None));
            var sameId = Enumerable.Range(0, 50).Select(i => store.SaveAsync(RunFactory.Run("shared", T0, prompt: $"version {i}"), CancellationToken.None));
            await Task.WhenAll(distinct.Concat(sameId));

            var page = await store.QueryAsync(new HistoryFilter { Limit = 1000 }, CancellationToken.None);
            var shared = await store.GetAsync("shared", CancellationToken.None);

            Assert.Equal(201, page.Total);
            Assert.Equal(shared!.Prompt, page.Items.Single(item => item.Id == "shared").PromptExcerpt);
        }

        Assert.Equal(201, Directory.GetFiles(temp.Directory, "*.json").Count(path => !path.EndsWith("index.json", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFiles(temp.Directory, "*.tmp"));

        await using var reopened = temp.Open();
        Assert.Equal(201, (await reopened.QueryAsync(new HistoryFilter(), CancellationToken.None)).Total);
    }

    public void Dispose() => temp.Dispose();
}

using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence.Index;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Tests.Persistence;

public sealed class PersistedIndexTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    private string IndexPath => Path.Combine(temp.Directory, "index.json");

    private async Task SaveAsync(params string[] ids)
    {
        await using var store = temp.Open();
        foreach (var id in ids)
        {
            await store.SaveAsync(RunFactory.Run(id, T0), CancellationToken.None);
        }
    }

    [Fact]
    public async Task Dispose_writes_index_file()
    {
        await SaveAsync("a", "b");

        using var index = JsonDocument.Parse(File.ReadAllText(IndexPath));

        Assert.Equal(2, index.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Changed_file_is_read_again()
    {
        await SaveAsync("a", "b");
        var changed = RunFactory.Run("a", T0.AddDays(1), prompt: "edited by hand, and longer than before");
        File.WriteAllBytes(Path.Combine(temp.Directory, "a.json"), JsonSerializer.SerializeToUtf8Bytes(changed, BenchmarkerJson.Options));

        await using var store = temp.Open();
        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal("edited by hand, and longer than before", page.Items[0].PromptExcerpt);
    }

    [Fact]
    public async Task Deleted_file_leaves_index()
    {
        await SaveAsync("a", "b");
        File.Delete(Path.Combine(temp.Directory, "b.json"));

        await using var store = temp.Open();
        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal("a", Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Corrupt_index_file_is_rebuilt()
    {
        await SaveAsync("a", "b");
        File.WriteAllText(IndexPath, "{ not json");

        HistoryPage page;
        await using (var store = temp.Open())
        {
            page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);
        }

        // index.json is rewritten in the background after the first page; disposing waits for it.
        Assert.Equal(2, page.Total);
        using var rebuilt = JsonDocument.Parse(File.ReadAllText(IndexPath));
        Assert.Equal(2, rebuilt.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public void Run_saved_while_index_is_written_keeps_index_dirty()
    {
        var index = new RunIndex();
        index.Upsert(RunIndexEntry.From(RunFactory.Run("a", T0), "a.json", 1, 1));
        var (_, version) = index.Snapshot();

        index.Upsert(RunIndexEntry.From(RunFactory.Run("b", T0), "b.json", 1, 1));
        index.MarkSaved(version);

        Assert.True(index.IsDirty);
        index.MarkSaved(index.Snapshot().Version);
        Assert.False(index.IsDirty);
    }

    public void Dispose() => temp.Dispose();
}

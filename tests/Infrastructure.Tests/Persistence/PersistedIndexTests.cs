using System.Text.Json;
using Benchmarker.Application.Abstractions;
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

        await using var store = temp.Open();
        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(2, page.Total);
        using var rebuilt = JsonDocument.Parse(File.ReadAllText(IndexPath));
        Assert.Equal(2, rebuilt.RootElement.GetProperty("entries").GetArrayLength());
    }

    public void Dispose() => temp.Dispose();
}

using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Nova;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>What only the JSON-file session store does: its file layout, and corrupt files left by hand or a crash.</summary>
public sealed class JsonNovaSessionRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private readonly TemporaryDirectory root = new();
    private readonly JsonNovaSessionRepository store;

    public JsonNovaSessionRepositoryTests()
    {
        store = new JsonNovaSessionRepository(Path.Combine(root.Path, "nova-sessions"), NullLogger<JsonNovaSessionRepository>.Instance);
    }

    [Fact]
    public async Task Save_WritesSnakeCaseFileWithoutTemporaries()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("q", "a", Start);

        await store.SaveAsync(session, CancellationToken.None);
        await store.SaveAsync(session.WithExchange("q2", "a2", Start), CancellationToken.None);

        var files = Directory.GetFiles(Path.Combine(root.Path, "nova-sessions"));
        var file = Assert.Single(files);
        Assert.Equal($"{session.Id}.json", Path.GetFileName(file));
        var json = await File.ReadAllTextAsync(file);
        Assert.Contains("\"created_at\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"assistant\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef/../x")]
    public async Task AnyMethod_NonNormalisedId_CreatesNoFile(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(id, CancellationToken.None));
        var session = NovaSession.Start(id, Start);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(session, CancellationToken.None));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task List_ReturnsNewestFirstAndSkipsCorruptFiles()
    {
        var older = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Older question", "a", Start.AddHours(1));
        var newer = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Newer question", "a", Start.AddHours(2));
        await store.SaveAsync(older, CancellationToken.None);
        await store.SaveAsync(newer, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(root.Path, "nova-sessions", $"{NovaSessionId.New()}.json"), "{ not json");

        var list = await store.ListAsync(CancellationToken.None);

        Assert.Equal([newer.Id, older.Id], list.Select(s => s.Id));
        Assert.Equal("Newer question", list[0].Title);
        Assert.Equal(2, list[0].MessageCount);
    }

    [Fact]
    public async Task Get_CorruptFile_ThrowsStorageUnavailable()
    {
        var id = NovaSessionId.New();
        Directory.CreateDirectory(Path.Combine(root.Path, "nova-sessions"));
        await File.WriteAllTextAsync(Path.Combine(root.Path, "nova-sessions", $"{id}.json"), "[1,2");

        var failure = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetAsync(id, CancellationToken.None));

        Assert.Contains(id, failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => root.Dispose();
}

using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Nova;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Nova;

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
    public async Task SaveThenGet_RoundTripsSession()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("What is \"RAID\"?\n", "Redundant disks ✓", Start.AddSeconds(3));

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(session.Id, loaded.Id);
        Assert.Equal(session.CreatedAt, loaded.CreatedAt);
        Assert.Equal(session.UpdatedAt, loaded.UpdatedAt);
        Assert.Equal(session.Messages, loaded.Messages);
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

    [Fact]
    public async Task Save_ManyExchanges_KeepsLastHundredMessages()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start);
        for (var i = 0; i < 55; i++)
        {
            session = session.WithExchange($"q{i}", $"a{i}", Start.AddMinutes(i));
        }

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(100, loaded.Messages.Count);
        Assert.Equal("q5", loaded.Messages[0].Content);
        Assert.Equal("a54", loaded.Messages[^1].Content);
    }

    [Fact]
    public async Task Delete_RemovesOnceThenReportsMissing()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start);
        await store.SaveAsync(session, CancellationToken.None);

        Assert.True(await store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.False(await store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Get_UnknownIdInMissingDirectory_ReturnsNull()
    {
        Assert.Null(await store.GetAsync(NovaSessionId.New(), CancellationToken.None));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef/../x")]
    public async Task AnyMethod_NonNormalisedId_IsRejected(string id)
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

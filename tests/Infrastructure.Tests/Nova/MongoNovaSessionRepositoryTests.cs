using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Nova;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>Runs against the server in BENCHMARKER_TEST_MONGO, in a database made for each test and dropped after it.</summary>
public sealed class MongoNovaSessionRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private readonly string databaseName = $"nova_test_{Guid.NewGuid():N}";
    private MongoClient? client;
    private MongoNovaSessionRepository store = null!;

    public Task InitializeAsync()
    {
        if (NovaMongoFactAttribute.ConnectionString is { Length: > 0 } connectionString)
        {
            client = new MongoClient(connectionString);
            var collection = client.GetDatabase(databaseName).GetCollection<NovaSessionDocument>(MongoNovaSessionRepository.CollectionName);
            store = new MongoNovaSessionRepository(collection);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (client is not null)
        {
            await client.DropDatabaseAsync(databaseName);
            client.Dispose();
        }
    }

    [NovaMongoFact]
    public async Task SaveThenGet_RoundTripsSession()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("q", "a", Start.AddSeconds(2));

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(session.CreatedAt, loaded.CreatedAt);
        Assert.Equal(session.UpdatedAt, loaded.UpdatedAt);
        Assert.Equal(session.Messages, loaded.Messages);
    }

    [NovaMongoFact]
    public async Task Save_Twice_ReplacesSession()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("q", "a", Start);

        await store.SaveAsync(session, CancellationToken.None);
        await store.SaveAsync(session.WithExchange("q2", "a2", Start.AddMinutes(1)), CancellationToken.None);

        var loaded = await store.GetAsync(session.Id, CancellationToken.None);
        Assert.Equal(4, loaded!.Messages.Count);
    }

    [NovaMongoFact]
    public async Task List_ReturnsNewestFirstWithCounts()
    {
        var older = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Older question", "a", Start.AddHours(1));
        var newer = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Newer question", "a", Start.AddHours(2)).WithExchange("x", "y", Start.AddHours(3));
        await store.SaveAsync(older, CancellationToken.None);
        await store.SaveAsync(newer, CancellationToken.None);

        var list = await store.ListAsync(CancellationToken.None);

        Assert.Equal([newer.Id, older.Id], list.Select(s => s.Id));
        Assert.Equal("Newer question", list[0].Title);
        Assert.Equal(4, list[0].MessageCount);
    }

    [NovaMongoFact]
    public async Task Delete_RemovesOnceThenReportsMissing()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start);
        await store.SaveAsync(session, CancellationToken.None);

        Assert.True(await store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.False(await store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync(session.Id, CancellationToken.None));
    }
}

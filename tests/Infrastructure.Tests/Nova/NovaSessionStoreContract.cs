using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Tests.Persistence.Contract;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>What every <see cref="INovaSessionRepository"/> promises, run once per store by a subclass.</summary>
public abstract class NovaSessionStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private INovaSessionRepository? store;

    protected INovaSessionRepository Store => store ??= CreateStore();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract INovaSessionRepository CreateStore();

    [StoreFact]
    public async Task SaveThenGet_RoundTripsSession()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("What is \"RAID\"?\n", "Redundant disks ✓", Start.AddSeconds(3));

        await Store.SaveAsync(session, CancellationToken.None);
        var loaded = await CreateStore().GetAsync(session.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(session.Id, loaded.Id);
        Assert.Equal(session.CreatedAt, loaded.CreatedAt);
        Assert.Equal(session.UpdatedAt, loaded.UpdatedAt);
        Assert.Equal(session.Messages, loaded.Messages);
    }

    [StoreFact]
    public async Task Save_Twice_ReplacesSession()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("q", "a", Start);

        await Store.SaveAsync(session, CancellationToken.None);
        await Store.SaveAsync(session.WithExchange("q2", "a2", Start.AddMinutes(1)), CancellationToken.None);

        var loaded = await Store.GetAsync(session.Id, CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(4, loaded.Messages.Count);
        Assert.Equal("a2", loaded.Messages[^1].Content);
        Assert.Single(await Store.ListAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Save_ManyExchanges_KeepsLastHundredMessages()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start);
        for (var i = 0; i < 55; i++)
        {
            session = session.WithExchange($"q{i}", $"a{i}", Start.AddMinutes(i));
        }

        await Store.SaveAsync(session, CancellationToken.None);
        var loaded = await Store.GetAsync(session.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(100, loaded.Messages.Count);
        Assert.Equal("q5", loaded.Messages[0].Content);
        Assert.Equal("a54", loaded.Messages[^1].Content);
    }

    [StoreFact]
    public async Task Delete_RemovesOnceThenReportsMissing()
    {
        var session = NovaSession.Start(NovaSessionId.New(), Start);
        await Store.SaveAsync(session, CancellationToken.None);

        Assert.True(await Store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.False(await Store.DeleteAsync(session.Id, CancellationToken.None));
        Assert.Null(await Store.GetAsync(session.Id, CancellationToken.None));
    }

    [StoreFact]
    public async Task Get_UnknownIdInEmptyStore_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync(NovaSessionId.New(), CancellationToken.None));
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task List_ReturnsNewestFirstWithCounts()
    {
        var older = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Older question", "a", Start.AddHours(1));
        var newer = NovaSession.Start(NovaSessionId.New(), Start).WithExchange("Newer question", "a", Start.AddHours(2)).WithExchange("x", "y", Start.AddHours(3));
        await Store.SaveAsync(newer, CancellationToken.None);
        await Store.SaveAsync(older, CancellationToken.None);

        var list = await Store.ListAsync(CancellationToken.None);

        Assert.Equal([newer.Id, older.Id], list.Select(summary => summary.Id));
        Assert.Equal("Newer question", list[0].Title);
        Assert.Equal(4, list[0].MessageCount);
        Assert.Equal(2, list[1].MessageCount);
    }

    [StoreTheory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef/../x")]
    public async Task AnyMethod_NonNormalisedId_IsRejected(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(NovaSession.Start(id, Start), CancellationToken.None));
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }
}

using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Nova.Commands.DeleteNovaSession;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Application.Nova.Queries.GetNovaSession;
using Benchmarker.Application.Nova.Queries.ListNovaSessions;
using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class NovaSessionQueriesTests
{
    private readonly InMemoryNovaSessionRepository sessions = new();

    [Fact]
    public async Task GetNovaSession_Unknown_ThrowsNotFound()
    {
        var handler = new GetNovaSessionQueryHandler(sessions);

        await Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new GetNovaSessionQuery(NovaSessionId.New()), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task DeleteNovaSession_Existing_RemovesIt()
    {
        var session = NovaSession.Start(NovaSessionId.New(), DateTimeOffset.UnixEpoch).WithExchange("q", "a", DateTimeOffset.UnixEpoch);
        sessions.Sessions[session.Id] = session;
        var handler = new DeleteNovaSessionCommandHandler(sessions, new NovaSessionLocks());

        await handler.Handle(new DeleteNovaSessionCommand(session.Id), CancellationToken.None);

        Assert.Empty(sessions.Sessions);
        await Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new DeleteNovaSessionCommand(session.Id), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task ListNovaSessions_ReturnsTitleAndCount()
    {
        var session = NovaSession.Start(NovaSessionId.New(), DateTimeOffset.UnixEpoch).WithExchange("How   do I\nshard a table?", "a", DateTimeOffset.UnixEpoch);
        sessions.Sessions[session.Id] = session;

        var list = await new ListNovaSessionsQueryHandler(sessions).Handle(new ListNovaSessionsQuery(), CancellationToken.None);

        var summary = Assert.Single(list);
        Assert.Equal("How do I shard a table?", summary.Title);
        Assert.Equal(2, summary.MessageCount);
    }

    [Fact]
    public void WithExchange_PastLimit_KeepsLatestHundred()
    {
        var session = NovaSession.Start(NovaSessionId.New(), DateTimeOffset.UnixEpoch);
        for (var i = 0; i < 60; i++)
        {
            session = session.WithExchange($"q{i}", $"a{i}", DateTimeOffset.UnixEpoch.AddMinutes(i));
        }

        Assert.Equal(NovaSession.MaxMessages, session.Messages.Count);
        Assert.Equal("q10", session.Messages[0].Content);
        Assert.Equal("a59", session.Messages[^1].Content);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMinutes(59), session.UpdatedAt);
    }
}

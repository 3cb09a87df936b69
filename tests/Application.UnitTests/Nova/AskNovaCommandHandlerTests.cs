using Benchmarker.Application.Nova;
using Benchmarker.Application.Nova.Commands.AskNova;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class AskNovaCommandHandlerTests
{
    private readonly ScriptedNovaBackend script = new();
    private readonly InMemoryNovaSessionRepository sessions = new();
    private readonly NovaSessionLocks locks = new();

    [Fact]
    public async Task Handle_NoSessionId_CreatesSessionWithExchange()
    {
        var answer = await Handler().Handle(new AskNovaCommand("What is a B-tree?"), CancellationToken.None);

        Assert.Matches("^[0-9a-f]{32}$", answer.SessionId);
        var stored = sessions.Sessions[answer.SessionId];
        Assert.Equal([NovaMessageRole.User, NovaMessageRole.Assistant], stored.Messages.Select(m => m.Role));
        Assert.Equal(["What is a B-tree?", "ANSWER: final answer"], stored.Messages.Select(m => m.Content));
        Assert.Equal("ANSWER: final answer", answer.Text);
        Assert.StartsWith("MemoryAgent: ", answer.ChainOfThought[0], StringComparison.Ordinal);
        Assert.StartsWith("SynthesisAgent (DCE): ", answer.ChainOfThought[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_UnknownId_CreatesNormalisedSession()
    {
        var id = Guid.NewGuid();

        var answer = await Handler().Handle(new AskNovaCommand("Hello", id.ToString("D").ToUpperInvariant()), CancellationToken.None);

        Assert.Equal(id.ToString("N"), answer.SessionId);
        Assert.True(sessions.Sessions.ContainsKey(id.ToString("N")));
    }

    [Fact]
    public async Task Handle_Cancelled_WritesNoSession()
    {
        using var cancellation = new CancellationTokenSource();
        script.BeforeResponse = _ =>
        {
            cancellation.Cancel();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Handler().Handle(new AskNovaCommand("Hello"), cancellation.Token).AsTask());

        Assert.Equal(0, sessions.Saves);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task Handle_ModelFails_WritesNoSession()
    {
        script.Critic = _ => Outcomes.Failed("model crashed");

        await Assert.ThrowsAsync<NovaPipelineException>(() => Handler().Handle(new AskNovaCommand("Hello"), CancellationToken.None).AsTask());

        Assert.Equal(0, sessions.Saves);
    }

    [Fact]
    public async Task Handle_SameSession_RunsInOrder()
    {
        var sessionId = NovaSessionId.New();
        var firstEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        script.BeforeResponse = async request =>
        {
            if (request.Prompt.Contains("FIRST-QUESTION", StringComparison.Ordinal) && !firstEntered.Task.IsCompleted)
            {
                firstEntered.SetResult();
                await releaseFirst.Task;
            }
        };
        var handler = Handler();

        var first = handler.Handle(new AskNovaCommand("FIRST-QUESTION", sessionId), CancellationToken.None).AsTask();
        await firstEntered.Task;
        var second = handler.Handle(new AskNovaCommand("SECOND-QUESTION", sessionId), CancellationToken.None).AsTask();

        Assert.False(second.IsCompleted);
        Assert.DoesNotContain(script.Requests, r => r.Prompt.Contains("SECOND-QUESTION", StringComparison.Ordinal));

        releaseFirst.SetResult();
        var firstAnswer = await first;
        var secondAnswer = await second;

        var prompts = script.Requests.Select(r => r.Prompt).ToList();
        var lastOfFirst = prompts.FindLastIndex(p => p.Contains("FIRST-QUESTION", StringComparison.Ordinal) && !p.Contains("SECOND-QUESTION", StringComparison.Ordinal));
        var firstOfSecond = prompts.FindIndex(p => p.Contains("SECOND-QUESTION", StringComparison.Ordinal));
        Assert.True(lastOfFirst < firstOfSecond, $"the second request called the model at {firstOfSecond}, before the first finished at {lastOfFirst}");
        Assert.StartsWith("MemoryAgent: Included 0 of 0", firstAnswer.ChainOfThought[0], StringComparison.Ordinal);
        Assert.StartsWith("MemoryAgent: Included 2 of 2", secondAnswer.ChainOfThought[0], StringComparison.Ordinal);
        Assert.Equal(
            ["FIRST-QUESTION", "ANSWER: final answer", "SECOND-QUESTION", "ANSWER: final answer"],
            sessions.Sessions[sessionId].Messages.Select(m => m.Content));
        Assert.Equal(0, locks.Count);
    }

    private AskNovaCommandHandler Handler()
    {
        var options = Options.Create(new NovaOptions());
        return new AskNovaCommandHandler(
            new NovaModelResolver([script.Backend], options),
            NovaTestFactory.Orchestrator(),
            locks,
            sessions,
            options,
            TimeProvider.System);
    }
}

using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class NovaMemoryStepTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task Run_History_SendsOnlyRecentMessagesWithinBudget()
    {
        var script = new ScriptedNovaBackend();
        NovaMessage[] history =
        [
            new(NovaMessageRole.User, "OLDEST-QUESTION " + new string('o', 40), Now),
            new(NovaMessageRole.Assistant, "OLDEST-ANSWER " + new string('o', 40), Now),
            new(NovaMessageRole.User, "RECENT-QUESTION", Now),
            new(NovaMessageRole.Assistant, "RECENT-ANSWER", Now),
        ];

        var result = await NovaTestFactory.Orchestrator(memoryBudget: 50).RunAsync(NovaTestFactory.Request(script, history: history), CancellationToken.None);

        var memory = result.Steps[0];
        Assert.Equal(NovaAgents.Memory, memory.Agent);
        Assert.False(memory.IsModelCall);
        Assert.StartsWith("Included 2 of 4 earlier messages (28 of 50 characters); dropped the 2 oldest.", memory.Output, StringComparison.Ordinal);
        Assert.Contains("RECENT-QUESTION", memory.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("OLDEST", memory.Output, StringComparison.Ordinal);

        var plannerPrompt = script.Requests.First().Prompt;
        Assert.Contains("User: RECENT-QUESTION\nNova: RECENT-ANSWER", plannerPrompt, StringComparison.Ordinal);
        Assert.DoesNotContain("OLDEST", plannerPrompt, StringComparison.Ordinal);
        Assert.Contains("RECENT-ANSWER", script.Requests.Last().Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoHistory_RecordsEmptyMemory()
    {
        var script = new ScriptedNovaBackend();

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        Assert.Equal("MemoryAgent: Included 0 of 0 earlier messages (0 of 4000 characters); dropped the 0 oldest.", result.Steps[0].ToChainLine());
        Assert.DoesNotContain("EARLIER CONVERSATION", script.Requests.First().Prompt, StringComparison.Ordinal);
    }
}

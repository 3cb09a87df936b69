using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class MemoryWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Select_OverBudget_DropsOldestFirst()
    {
        NovaMessage[] history =
        [
            new(NovaMessageRole.User, new string('a', 30), Now),
            new(NovaMessageRole.Assistant, new string('b', 30), Now),
            new(NovaMessageRole.User, new string('c', 30), Now),
            new(NovaMessageRole.Assistant, new string('d', 30), Now),
        ];

        var window = MemoryWindow.Select(history, budget: 70);

        Assert.Equal([history[2], history[3]], window.Included);
        Assert.Equal(60, window.Characters);
        Assert.Equal(2, window.Dropped);
    }

    [Fact]
    public void Select_NewestMessageTooLong_IncludesNothing()
    {
        NovaMessage[] history =
        [
            new(NovaMessageRole.User, "short", Now),
            new(NovaMessageRole.Assistant, new string('x', 100), Now),
        ];

        var window = MemoryWindow.Select(history, budget: 50);

        Assert.Empty(window.Included);
        Assert.Equal(string.Empty, window.ToPromptBlock());
    }

    [Fact]
    public void Describe_ListsIncludedMessages()
    {
        NovaMessage[] history =
        [
            new(NovaMessageRole.User, "first question", Now),
            new(NovaMessageRole.Assistant, "first answer", Now),
        ];

        var description = MemoryWindow.Select(history, budget: 4000).Describe();

        Assert.StartsWith("Included 2 of 2 earlier messages (26 of 4000 characters); dropped the 0 oldest.", description, StringComparison.Ordinal);
        Assert.Contains("- User (2026-01-02 03:04:05Z): first question", description, StringComparison.Ordinal);
        Assert.Contains("- Nova (2026-01-02 03:04:05Z): first answer", description, StringComparison.Ordinal);
    }
}

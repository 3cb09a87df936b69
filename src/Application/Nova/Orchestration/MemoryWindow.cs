using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// The most recent session messages whose contents fit a character budget together. Messages are
/// taken newest first and the first one that does not fit ends the window, so what is dropped is
/// always the oldest part of the conversation. The budget counts message content characters only.
/// </summary>
internal sealed record MemoryWindow(IReadOnlyList<NovaMessage> Included, int Available, int Characters, int Budget)
{
    public int Dropped => Available - Included.Count;

    public static MemoryWindow Select(IReadOnlyList<NovaMessage> history, int budget)
    {
        var characters = 0;
        var kept = new List<NovaMessage>();
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var length = history[i].Content.Length;
            if (characters + length > budget)
            {
                break;
            }

            characters += length;
            kept.Add(history[i]);
        }

        kept.Reverse();
        return new MemoryWindow(kept, history.Count, characters, budget);
    }

    /// <summary>The memory step's output: what was kept and dropped, one excerpt per kept message.</summary>
    public string Describe()
    {
        var head = $"Included {Included.Count} of {Available} earlier messages ({Characters} of {Budget} characters); dropped the {Dropped} oldest.";
        var lines = Included.Select(m => $"- {RoleName(m.Role)} ({m.Timestamp:u}): {TextExcerpt.Of(m.Content, 80)}");
        return string.Join('\n', lines.Prepend(head));
    }

    /// <summary>The conversation as given to the model, oldest first; empty when nothing was included.</summary>
    public string ToPromptBlock() =>
        Included.Count == 0
            ? string.Empty
            : string.Join('\n', Included.Select(m => $"{RoleName(m.Role)}: {m.Content}"));

    private static string RoleName(NovaMessageRole role) => role == NovaMessageRole.User ? "User" : "Nova";
}

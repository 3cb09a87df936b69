namespace Benchmarker.Domain.Nova;

/// <summary>A line of the session list: <see cref="Title"/> is an excerpt of the first prompt.</summary>
public sealed record NovaSessionSummary(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int MessageCount,
    string Title)
{
    /// <summary>Maximum length of <see cref="Title"/> in characters, an ellipsis included.</summary>
    public const int MaxTitleLength = 80;

    public static NovaSessionSummary From(NovaSession session)
    {
        ArgumentNullException.ThrowIfNull(session);

        var firstPrompt = session.Messages.FirstOrDefault(m => m.Role == NovaMessageRole.User)?.Content ?? string.Empty;
        var title = string.Join(' ', firstPrompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length > MaxTitleLength)
        {
            title = string.Concat(title.AsSpan(0, MaxTitleLength - 1), "…");
        }

        return new NovaSessionSummary(session.Id, session.CreatedAt, session.UpdatedAt, session.Messages.Count, title);
    }
}

namespace Benchmarker.Domain.Nova;

/// <summary>
/// A Nova conversation. Only the user's prompts and the final answers are stored, so a session
/// replays as a plain chat. The intermediate agent steps belong to each answer, not to the session.
/// </summary>
public sealed record NovaSession
{
    /// <summary>Messages kept per session; older ones are dropped first.</summary>
    public const int MaxMessages = 100;

    /// <summary>32 lowercase hexadecimal digits (see <see cref="NovaSessionId"/>).</summary>
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<NovaMessage> Messages { get; init; } = [];

    public static NovaSession Start(string id, DateTimeOffset now) =>
        new() { Id = id, CreatedAt = now, UpdatedAt = now };

    /// <summary>Returns the session with one prompt and its answer appended, trimmed to <see cref="MaxMessages"/>.</summary>
    public NovaSession WithExchange(string prompt, string answer, DateTimeOffset now)
    {
        NovaMessage[] appended =
        [
            .. Messages,
            new NovaMessage(NovaMessageRole.User, prompt, now),
            new NovaMessage(NovaMessageRole.Assistant, answer, now),
        ];

        var kept = appended.Length > MaxMessages ? appended[^MaxMessages..] : appended;
        return this with { Messages = kept, UpdatedAt = now };
    }
}

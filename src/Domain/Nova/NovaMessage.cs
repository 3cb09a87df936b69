namespace Benchmarker.Domain.Nova;

/// <summary>One turn of a Nova conversation: the user's prompt or Nova's final answer.</summary>
public sealed record NovaMessage(NovaMessageRole Role, string Content, DateTimeOffset Timestamp);

/// <summary>Who wrote a <see cref="NovaMessage"/>.</summary>
public enum NovaMessageRole
{
    User,
    Assistant,
}

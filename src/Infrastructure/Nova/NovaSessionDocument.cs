using Benchmarker.Domain.Nova;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Benchmarker.Infrastructure.Nova;

/// <summary>
/// A session as stored in MongoDB. Times are UTC <see cref="DateTime"/>s because BSON dates carry
/// no offset; <see cref="MessageCount"/> is kept so the list can read one message per session.
/// </summary>
internal sealed class NovaSessionDocument
{
    [BsonId]
    public required string Id { get; init; }

    [BsonElement("created_at")]
    public DateTime CreatedAt { get; init; }

    [BsonElement("updated_at")]
    public DateTime UpdatedAt { get; init; }

    [BsonElement("message_count")]
    public int MessageCount { get; init; }

    [BsonElement("messages")]
    public List<NovaMessageDocument> Messages { get; init; } = [];

    public static NovaSessionDocument From(NovaSession session) => new()
    {
        Id = session.Id,
        CreatedAt = session.CreatedAt.UtcDateTime,
        UpdatedAt = session.UpdatedAt.UtcDateTime,
        MessageCount = session.Messages.Count,
        Messages = [.. session.Messages.Select(m => new NovaMessageDocument { Role = m.Role, Content = m.Content, Timestamp = m.Timestamp.UtcDateTime })],
    };

    public NovaSession ToSession() => new()
    {
        Id = Id,
        CreatedAt = AsUtc(CreatedAt),
        UpdatedAt = AsUtc(UpdatedAt),
        Messages = [.. Messages.Select(m => new NovaMessage(m.Role, m.Content, AsUtc(m.Timestamp)))],
    };

    public static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>One stored message; the role is stored by name ("User", "Assistant").</summary>
internal sealed class NovaMessageDocument
{
    [BsonElement("role")]
    [BsonRepresentation(BsonType.String)]
    public NovaMessageRole Role { get; init; }

    [BsonElement("content")]
    public required string Content { get; init; }

    [BsonElement("timestamp")]
    public DateTime Timestamp { get; init; }
}

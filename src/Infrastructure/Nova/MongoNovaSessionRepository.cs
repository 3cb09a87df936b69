using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Persistence.Mongo;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Nova;

/// <summary>
/// Stores sessions in the <c>nova_sessions</c> collection, one document per session keyed by its id.
/// With the shared <see cref="MongoConnection"/>, failures carry the same one-line message as the run store.
/// </summary>
internal sealed class MongoNovaSessionRepository(IMongoCollection<NovaSessionDocument> collection, MongoConnection? connection = null) : INovaSessionRepository
{
    public const string CollectionName = "nova_sessions";

    public Task<NovaSession?> GetAsync(string id, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            EnsureStoredId(id);
            var document = await collection.Find(d => d.Id == id).FirstOrDefaultAsync(cancellationToken);
            return document?.ToSession();
        });

    public Task SaveAsync(NovaSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        EnsureStoredId(session.Id);
        var document = NovaSessionDocument.From(session);

        return GuardAsync(async () =>
        {
            await collection.ReplaceOneAsync(d => d.Id == document.Id, document, new ReplaceOptions { IsUpsert = true }, cancellationToken);
            return true;
        });
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            EnsureStoredId(id);
            var result = await collection.DeleteOneAsync(d => d.Id == id, cancellationToken);
            return result.DeletedCount > 0;
        });

    public Task<IReadOnlyList<NovaSessionSummary>> ListAsync(CancellationToken cancellationToken) =>
        GuardAsync<IReadOnlyList<NovaSessionSummary>>(async () =>
        {
            var firstMessageOnly = Builders<NovaSessionDocument>.Projection.Slice(d => d.Messages, 1);
            var documents = await collection.Find(FilterDefinition<NovaSessionDocument>.Empty)
                .Project<NovaSessionDocument>(firstMessageOnly)
                .SortByDescending(d => d.UpdatedAt)
                .ToListAsync(cancellationToken);

            return [.. documents.Select(Summarize)];
        });

    /// <summary>The same rule as the JSON store, so both stores accept exactly the same ids.</summary>
    private static void EnsureStoredId(string id)
    {
        if (!NovaSessionId.TryNormalize(id, out var normalized) || normalized != id)
        {
            throw new ArgumentException($"'{id}' is not a normalised Nova session id (32 lowercase hexadecimal digits).", nameof(id));
        }
    }

    private static NovaSessionSummary Summarize(NovaSessionDocument document)
    {
        var fromFirstMessage = NovaSessionSummary.From(document.ToSession());
        return fromFirstMessage with { MessageCount = document.MessageCount };
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (MongoFailures.IsDriverFailure(exception))
        {
            if (connection is not null)
            {
                throw MongoFailures.Describe(connection, exception);
            }

            throw new StorageUnavailableException($"The MongoDB collection '{CollectionName}' could not be reached: {exception.Message}", exception);
        }
    }
}

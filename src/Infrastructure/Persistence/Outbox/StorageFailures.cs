using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>Exceptions that mean "the store is unreachable or unwritable", as opposed to a bug or bad input.</summary>
internal static class StorageFailures
{
    public static bool IsStorageFailure(Exception error) =>
        error is IOException or UnauthorizedAccessException or MongoException or TimeoutException
            or Application.Common.Exceptions.StorageUnavailableException;

    /// <summary>
    /// True when a reachable server refused this one document (a validation rule, a duplicate key):
    /// the server responded, so the next runs may well be accepted. The MongoDB store wraps driver
    /// errors, so the cause is looked for in the inner exceptions too.
    /// </summary>
    public static bool IsDocumentRejection(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is MongoWriteException { WriteError: not null } or MongoBulkWriteException)
            {
                return true;
            }
        }

        return false;
    }
}

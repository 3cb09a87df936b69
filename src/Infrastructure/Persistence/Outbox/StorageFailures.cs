using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>Exceptions that mean "the store is unreachable or unwritable", as opposed to a bug or bad input.</summary>
internal static class StorageFailures
{
    public static bool IsStorageFailure(Exception error) =>
        error is IOException or UnauthorizedAccessException or MongoException or TimeoutException
            or Application.Common.Exceptions.StorageUnavailableException;
}

using System.Globalization;
using Benchmarker.Application.Common.Exceptions;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Turns driver failures into a <see cref="StorageUnavailableException"/> with a one-line message
/// naming MongoDB and its hosts. The driver's own timeout message dumps the cluster state with
/// nested stack traces, which would otherwise reach the logs, the health report and the API warning.
/// </summary>
internal static class MongoFailures
{
    public static bool IsDriverFailure(Exception error) => error is MongoException or TimeoutException;

    /// <remarks>Authentication failures come first because the driver derives them from connection failures.</remarks>
    public static StorageUnavailableException Describe(MongoConnection connection, Exception error) => error switch
    {
        MongoAuthenticationException => new(
            $"MongoDB at {connection.Servers} rejected the credentials of ConnectionStrings:Mongo.",
            error),
        MongoConnectionException => new(
            $"MongoDB at {connection.Servers} is unreachable: the connection failed ({FirstLine(error.Message)}).",
            error),
        TimeoutException => new(
            string.Create(CultureInfo.InvariantCulture, $"MongoDB at {connection.Servers} is unreachable: no server answered within {connection.SelectionTimeout.TotalSeconds:0.###} s (Storage:Mongo:ServerSelectionTimeout)."),
            error),
        _ => new($"MongoDB at {connection.Servers} failed: {error.GetType().Name}: {FirstLine(error.Message)}", error),
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

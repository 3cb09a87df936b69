using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Reads a MongoDB connection string for messages. A connection string may contain a password, so
/// neither the string nor its user information ever leaves this class.
/// </summary>
internal static class MongoConnectionStrings
{
    private const string Hidden = "***";

    /// <summary>Returns why the driver rejects the connection string, with the credentials removed, or null when it parses.</summary>
    public static string? FindError(string connectionString)
    {
        // The driver reports a missing scheme as "the connection string is not valid", which hides the cause.
        if (!connectionString.StartsWith("mongodb://", StringComparison.OrdinalIgnoreCase)
            && !connectionString.StartsWith("mongodb+srv://", StringComparison.OrdinalIgnoreCase))
        {
            return "it does not start with mongodb:// or mongodb+srv://.";
        }

        try
        {
            _ = MongoUrl.Create(connectionString);
            return null;
        }
        catch (Exception error) when (error is MongoConfigurationException or ArgumentException or FormatException or OverflowException)
        {
            return Redact(error.Message, connectionString);
        }
    }

    /// <summary>Returns the hosts of a parsed connection string, such as "127.0.0.1:27017", for logs and health messages.</summary>
    public static string DescribeServers(MongoUrl url) =>
        string.Join(", ", url.Servers.Select(server => $"{server.Host}:{server.Port}"));

    /// <summary>Removes the connection string and its user information from a driver message.</summary>
    public static string Redact(string message, string connectionString)
    {
        var redacted = message.Replace(connectionString, "(the connection string)", StringComparison.Ordinal);

        var userInfo = UserInfo(connectionString);
        if (userInfo.Length > 0)
        {
            redacted = redacted.Replace(userInfo, Hidden, StringComparison.Ordinal);
            redacted = redacted.Replace(Uri.UnescapeDataString(userInfo), Hidden, StringComparison.Ordinal);
        }

        return redacted;
    }

    /// <summary>Returns the "user:password" part between the scheme and the last '@' of the host list, or "".</summary>
    private static string UserInfo(string connectionString)
    {
        var schemeEnd = connectionString.IndexOf("://", StringComparison.Ordinal);
        var start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var hostsEnd = connectionString.IndexOfAny(['/', '?'], start);
        var authority = hostsEnd < 0 ? connectionString[start..] : connectionString[start..hostsEnd];
        var at = authority.LastIndexOf('@');

        return at <= 0 ? "" : authority[..at];
    }
}

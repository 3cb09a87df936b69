namespace Benchmarker.Application.Common.Exceptions;

/// <summary>An inference backend cannot be reached or keeps failing; the API maps it to 502 naming the location.</summary>
public sealed class BackendUnavailableException(string backend, string location, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Backend { get; } = backend;

    /// <summary>The URL or directory the backend was reached at.</summary>
    public string Location { get; } = location;
}

namespace Benchmarker.Application.Common.Exceptions;

/// <summary>The configured store cannot be read or written; the API maps it to 503.</summary>
public sealed class StorageUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);

using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Source-generated log messages of the Ollama backend; prompts are never logged.</summary>
internal static partial class OllamaLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Ollama at {BaseUrl} rejected {Model} as busy (HTTP 503), attempt {Attempt}; retrying in {Delay}")]
    public static partial void Rejected(ILogger logger, string baseUrl, string model, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generation of {Model} on Ollama at {BaseUrl} ended as {Status} ({ErrorKind}): {Error}")]
    public static partial void GenerationFailed(ILogger logger, string model, string baseUrl, string status, string? errorKind, string? error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warmed up the connection to Ollama {Version} at {BaseUrl}")]
    public static partial void WarmedUp(ILogger logger, string? version, string baseUrl);
}

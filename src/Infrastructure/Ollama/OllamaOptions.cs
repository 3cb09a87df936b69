using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>
/// Where Ollama listens and how long the client waits for it (configuration section "Ollama").
/// The client sets no overall HTTP timeout: these two timeouts decide when a silent server is given up.
/// </summary>
public sealed class OllamaOptions
{
    public const string SectionName = "Ollama";

    /// <summary>Absolute http or https URL of the Ollama server.</summary>
    [Required(ErrorMessage = "Ollama:BaseUrl is required, for example http://localhost:11434.")]
    [AbsoluteHttpUrl]
    public string BaseUrl { get; set; } = "http://localhost:11434";

    /// <summary>
    /// Maximum wait from sending a generation to its first body byte. Ollama sends nothing while it
    /// loads a model, so this must cover a cold load; cutting a load short also aborts it on the server.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00",
        ErrorMessage = "Ollama:FirstByteTimeout must be between 1 ms and 1 day, for example 00:05:00.")]
    public TimeSpan FirstByteTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Maximum gap between two reads of a streaming body once it has started.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00",
        ErrorMessage = "Ollama:IdleTimeout must be between 1 ms and 1 day, for example 00:02:00.")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Maximum wait for a metadata call (/, /api/version, /api/tags, /api/show, /api/ps).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00",
        ErrorMessage = "Ollama:MetadataTimeout must be between 1 ms and 1 hour, for example 00:00:30.")]
    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a generation rejected as busy (HTTP 503) is sent again.</summary>
    [Range(0, 20, ErrorMessage = "Ollama:MaxRetries must be between 0 and 20.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry; each further retry waits twice as long as the one before.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00",
        ErrorMessage = "Ollama:RetryBaseDelay must be between 0 and 10 minutes, for example 00:00:00.500.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}

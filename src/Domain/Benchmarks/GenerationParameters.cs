namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Sampling and runner options sent with every generation of a run. A null value is not sent,
/// so the model's own default applies; the UI and docs say so.
/// </summary>
public sealed record GenerationParameters
{
    public double? Temperature { get; init; }

    public int? TopK { get; init; }

    public double? TopP { get; init; }

    public int? Seed { get; init; }

    /// <summary>Maximum number of tokens to generate.</summary>
    public int? NumPredict { get; init; }

    /// <summary>Context window in tokens; a load-time option, so changing it reloads an Ollama model.</summary>
    public int? NumCtx { get; init; }

    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>Ollama keep_alive as sent: a Go duration ("5m") or seconds ("300"); negative keeps the model loaded.</summary>
    public string? KeepAlive { get; init; }

    /// <summary>Ollama's think switch for reasoning models; null leaves the server default.</summary>
    public bool? Think { get; init; }

    /// <summary>Which Ollama endpoint streams the answer.</summary>
    public GenerationEndpoint Endpoint { get; init; } = GenerationEndpoint.Chat;
}

/// <summary>Ollama endpoint used for a generation.</summary>
public enum GenerationEndpoint
{
    /// <summary><c>POST /api/chat</c>, the default.</summary>
    Chat,

    /// <summary><c>POST /api/generate</c>.</summary>
    Generate,
}

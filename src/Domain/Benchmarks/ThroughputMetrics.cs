namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Rates of one model result. Chunks are not tokens: chunk and byte counts come from the stream,
/// token rates only from token counts the backend reported. Undefined rates are null.
/// </summary>
public sealed record ThroughputMetrics
{
    /// <summary>Chunks that carried non-empty text.</summary>
    public int TotalChunks { get; init; }

    /// <summary>UTF-8 bytes of the text of those chunks.</summary>
    public long TotalBytes { get; init; }

    public double? AverageChunkSize { get; init; }

    public double? BytesPerSecond { get; init; }

    /// <summary>Server decode rate: completion tokens / eval duration (Ollama's "eval rate").</summary>
    public double? TokensPerSecond { get; init; }

    /// <summary>(completion tokens − 1) / decode time measured by our clock.</summary>
    public double? ClientTokensPerSecond { get; init; }

    /// <summary>Completion tokens / total time: what a user perceives, load and prefill included.</summary>
    public double? EndToEndTokensPerSecond { get; init; }

    /// <summary>(prompt tokens − cached) / prompt eval duration.</summary>
    public double? PromptTokensPerSecond { get; init; }
}

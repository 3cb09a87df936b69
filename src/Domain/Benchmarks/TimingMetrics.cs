namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Durations of one model result in seconds. Client-side values come from our monotonic clock,
/// measured from t0 (immediately before the request is written); server values come from the
/// backend's own report. A value that is undefined for this result is null, never 0.
/// </summary>
public sealed record TimingMetrics
{
    /// <summary>Delay between the run wanting to send and actually sending (scheduler or concurrency limit).</summary>
    public double? QueueTime { get; init; }

    public double? TimeToFirstByte { get; init; }

    /// <summary>First chunk carrying generated text on any channel (answer, thinking or tool call).</summary>
    public double? TimeToFirstToken { get; init; }

    /// <summary>The original tool's name for <see cref="TimeToFirstToken"/>, kept for compatibility.</summary>
    public double? TimeToFirstChunk { get; init; }

    /// <summary>First chunk with visible answer text; later than the first token by a reasoning model's thinking.</summary>
    public double? TimeToFirstContent { get; init; }

    /// <summary>Arrival of the final chunk, or of the failure when the stream failed.</summary>
    public double? TotalTime { get; init; }

    /// <summary>Last token chunk minus first token chunk.</summary>
    public double? DecodeTime { get; init; }

    public LatencyStatistics? InterChunkLatency { get; init; }

    public double? LoadDuration { get; init; }

    public double? PromptEvalDuration { get; init; }

    public double? EvalDuration { get; init; }

    public double? ServerTotalDuration { get; init; }

    /// <summary>Mean gap between chunks as the original tool computed it (legacy files only).</summary>
    public double? AverageChunkTime { get; init; }

    /// <summary>Largest gap between chunks as the original tool computed it (legacy files only).</summary>
    public double? MaxChunkTime { get; init; }

    /// <summary>Smallest gap between chunks as the original tool computed it (legacy files only).</summary>
    public double? MinChunkTime { get; init; }
}

/// <summary>Summary of a set of gaps in seconds.</summary>
public sealed record LatencyStatistics(double Mean, double P50, double P90, double P99, double Max);

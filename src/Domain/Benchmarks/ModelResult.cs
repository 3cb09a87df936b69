using Benchmarker.Domain.Models;

namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// The measured answer of one model in a run. A failed model is a result with
/// <see cref="Success"/> false and an <see cref="Error"/>; whatever streamed before the failure is kept.
/// </summary>
public sealed record ModelResult
{
    public required string Model { get; init; }

    /// <summary>Backend that served the model: "ollama" or "embedded".</summary>
    public required string Backend { get; init; }

    public bool Success { get; init; }

    public string? Error { get; init; }

    /// <summary>Machine-readable failure kind (see <see cref="ResultErrorKinds"/>), null on success.</summary>
    public string? ErrorKind { get; init; }

    /// <summary>Validity flags (see <see cref="ResultFlags"/>); a flagged result is kept but left out of aggregates.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Wall-clock time when this model's request was sent (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The prompt this model received; the run's prompt unless a legacy file stored one per result.</summary>
    public string? Prompt { get; init; }

    /// <summary>The visible answer text.</summary>
    public string Response { get; init; } = "";

    /// <summary>Reasoning text of a thinking model, kept apart from the answer.</summary>
    public string? Thinking { get; init; }

    public TimingMetrics Timing { get; init; } = new();

    public ThroughputMetrics Throughput { get; init; } = new();

    public TokenCounts Tokens { get; init; } = new();

    /// <summary>Why generation stopped as the server reported it: "stop", "length", … or null.</summary>
    public string? DoneReason { get; init; }

    /// <summary>Arrival offset of every chunk carrying text, in seconds since t0, so any statistic can be recomputed.</summary>
    public IReadOnlyList<double> ChunkOffsets { get; init; } = [];

    /// <summary>How many times the server rejected the request as busy (HTTP 503) before it was accepted or given up.</summary>
    public int RejectedAttempts { get; init; }

    public SystemImpact? SystemImpact { get; init; }

    public ModelDetails? ModelDetails { get; init; }

    /// <summary>State of the model in the server before the request (Ollama /api/ps), null when unknown.</summary>
    public LoadedModelState? LoadedBefore { get; init; }

    /// <summary>
    /// Original list lengths, set when a store downsampled this result's long lists to fit its
    /// document size limit. Null when every chunk offset and sample is kept, as in the JSON-file store.
    /// </summary>
    public DownsampledLists? Downsampled { get; init; }
}

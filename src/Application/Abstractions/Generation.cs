using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Abstractions;

/// <summary>One generation to stream.</summary>
public sealed record GenerationRequest(string Model, string Prompt, GenerationParameters Parameters);

/// <summary>Channel a chunk's text belongs to.</summary>
public enum ChunkChannel
{
    /// <summary>Visible answer text (<c>response</c> or <c>message.content</c>).</summary>
    Content,

    /// <summary>Reasoning text (<c>thinking</c> or <c>message.thinking</c>).</summary>
    Thinking,

    /// <summary>A tool call, serialised as JSON text.</summary>
    ToolCall,
}

/// <summary>
/// Text that arrived in one chunk. <see cref="Timestamp"/> is a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp taken when the bytes were read from the socket (or produced by the engine), before parsing.
/// </summary>
public readonly record struct GenerationChunk(string Text, ChunkChannel Channel, long Timestamp);

/// <summary>Receives chunks as they arrive, for live progress. Must return quickly: it runs on the read loop.</summary>
public interface IGenerationObserver
{
    void OnChunk(GenerationChunk chunk);
}

/// <summary>An observer that ignores every chunk.</summary>
public sealed class NullGenerationObserver : IGenerationObserver
{
    public static readonly NullGenerationObserver Instance = new();

    public void OnChunk(GenerationChunk chunk)
    {
    }
}

/// <summary>How a generation ended.</summary>
public enum GenerationStatus
{
    /// <summary>The final (<c>done:true</c>) chunk arrived.</summary>
    Completed,

    /// <summary>The request failed before or during the stream; see the error kind.</summary>
    Failed,

    /// <summary>The stream ended without a final chunk.</summary>
    Incomplete,

    /// <summary>A first-byte or idle timeout of the backend fired.</summary>
    TimedOut,

    /// <summary>The caller's token was cancelled (the run was cancelled, or its per-model timeout fired).</summary>
    Cancelled,
}

/// <summary>
/// Server-reported statistics of a generation, converted to seconds at the backend boundary.
/// A field the server did not send is null, never 0.
/// </summary>
public sealed record GenerationStats
{
    public double? LoadDuration { get; init; }

    public double? PromptEvalDuration { get; init; }

    public double? EvalDuration { get; init; }

    public double? TotalDuration { get; init; }

    public int? PromptEvalCount { get; init; }

    public int? PromptEvalCachedCount { get; init; }

    public int? EvalCount { get; init; }

    public string? DoneReason { get; init; }
}

/// <summary>
/// Everything a backend observed of one generation. Timestamps are <see cref="System.Diagnostics.Stopwatch"/>
/// timestamps; the metrics calculator turns them into seconds since <see cref="StartTimestamp"/> (t0).
/// </summary>
public sealed record GenerationOutcome
{
    public required GenerationStatus Status { get; init; }

    /// <summary>t0: taken immediately before the request was written to the connection.</summary>
    public required long StartTimestamp { get; init; }

    public long? FirstByteTimestamp { get; init; }

    /// <summary>Arrival of the final chunk, or the moment the failure was seen.</summary>
    public long? EndTimestamp { get; init; }

    /// <summary>Chunks with non-empty text, in arrival order.</summary>
    public IReadOnlyList<GenerationChunk> Chunks { get; init; } = [];

    public GenerationStats? Stats { get; init; }

    /// <summary>One of <see cref="ResultErrorKinds"/> when the status is not Completed.</summary>
    public string? ErrorKind { get; init; }

    public string? Error { get; init; }

    /// <summary>HTTP status of a failure before the stream, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Requests the server rejected as busy (503) before this outcome.</summary>
    public int RejectedAttempts { get; init; }

    /// <summary>Time the send was delayed before t0, for example by busy (503) rejections the backend retried.</summary>
    public TimeSpan? QueueTime { get; init; }

    /// <summary>True when the backend loaded the model for this request (a cold start), when it can tell.</summary>
    public bool? LoadedForRequest { get; init; }
}

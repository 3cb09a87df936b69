using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Background;

public sealed record RunStartedData(string RunId, IReadOnlyList<string> Models, RunMode Mode);

public sealed record ModelStartedData(string Model);

public sealed record FirstTokenData(string Model, double TimeToFirstToken);

/// <summary>Text of one chunk; <see cref="Channel"/> is "content", "thinking" or "tool_call".</summary>
public sealed record ChunkData(string Model, string Text, string Channel);

/// <summary>A finished model with its metrics; system impact is added only to the stored run.</summary>
public sealed record ModelFinishedData(string Model, ModelResult Result);

/// <summary>A failed model: <see cref="Error"/> in plain words, and whatever streamed before the failure in <see cref="Result"/>.</summary>
public sealed record ModelFailedData(string Model, string Error, string? ErrorKind, ModelResult Result);

/// <summary>
/// The last event of a run; <see cref="Error"/> is set only when the run could not be completed or
/// saved. <see cref="Persisted"/> is false while the finished run waits in the outbox, and
/// <see cref="Warnings"/> then gives the reason.
/// </summary>
public sealed record RunFinishedData(string RunId, bool Success, bool Cancelled, string? Error, bool Persisted = false, IReadOnlyList<string>? Warnings = null);

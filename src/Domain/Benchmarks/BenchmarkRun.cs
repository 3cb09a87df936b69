using Benchmarker.Domain.Systems;

namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// One press of Run: the prompt, the options sent, the machine it ran on and one result per model.
/// The stored document and the API response share this shape (snake_case in JSON).
/// </summary>
public sealed record BenchmarkRun
{
    public required string Id { get; init; }

    /// <summary>Wall-clock time when the run started (UTC).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    public required string Prompt { get; init; }

    public GenerationParameters Parameters { get; init; } = new();

    public RunMode Mode { get; init; } = RunMode.Sequential;

    public SystemInfo? SystemInfo { get; init; }

    public IReadOnlyList<ModelResult> Results { get; init; } = [];

    /// <summary>Server kind and version per backend that served a model, for example "ollama" → "0.33.0".</summary>
    public IReadOnlyDictionary<string, string?> BackendVersions { get; init; } = new Dictionary<string, string?>();

    /// <summary>Interval of the system sampler in seconds, recorded because the load statistics depend on it.</summary>
    public double? SamplerIntervalSeconds { get; init; }

    public string? BenchmarkerVersion { get; init; }

    /// <summary>True when the run was cancelled before every model finished; the finished results are kept.</summary>
    public bool Cancelled { get; init; }

    /// <summary>
    /// Set only on the run a benchmark returns: false when the store failed and the run waits in the
    /// outbox. Stored runs leave it out, because being read back proves they were stored.
    /// </summary>
    public bool? Persisted { get; init; }

    /// <summary>What the caller should know that is not a model's failure, such as a run not stored yet. Left out of stored runs.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>True when every model result succeeded.</summary>
    public bool Success => Results.Count > 0 && Results.All(result => result.Success);
}

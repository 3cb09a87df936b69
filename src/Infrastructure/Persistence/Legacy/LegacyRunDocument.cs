using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;

namespace Benchmarker.Infrastructure.Persistence.Legacy;

/// <summary>
/// A run file as the original Python tool wrote it: no id or "_id", timestamps without offset,
/// python_version, a null or empty gpu list and results without a backend. Only read, never written.
/// </summary>
internal sealed record LegacyRunDocument
{
    public string? Id { get; init; }

    [JsonPropertyName("_id")]
    public string? UnderscoreId { get; init; }

    public string? Timestamp { get; init; }

    public string? Prompt { get; init; }

    public LegacySystemInfo? SystemInfo { get; init; }

    public List<LegacyResult>? Results { get; init; }
}

internal sealed record LegacySystemInfo
{
    public string? Platform { get; init; }

    public string? Processor { get; init; }

    public string? PythonVersion { get; init; }

    public string? RuntimeVersion { get; init; }

    public CpuInfo? Cpu { get; init; }

    public MemoryInfo? Memory { get; init; }

    /// <summary>null, [] or a list of device objects, depending on the tool's version.</summary>
    public JsonElement? Gpu { get; init; }
}

/// <summary>
/// One model result of a legacy file. Timing and throughput use the domain records, because the tool
/// already used their names (time_to_first_chunk, average_chunk_time, total_bytes …). The system
/// impact's start_metrics and end_metrics are not read.
/// </summary>
internal sealed record LegacyResult
{
    public string? Model { get; init; }

    public string? Backend { get; init; }

    public bool? Success { get; init; }

    public string? Error { get; init; }

    public string? Timestamp { get; init; }

    public string? Prompt { get; init; }

    public string? PromptName { get; init; }

    public string? Response { get; init; }

    public TimingMetrics? Timing { get; init; }

    public ThroughputMetrics? Throughput { get; init; }

    public SystemImpact? SystemImpact { get; init; }
}

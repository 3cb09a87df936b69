using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>The measured fields of one model result, as defined in docs/metrics.md.</summary>
internal sealed record ModelMeasurement(
    TimingMetrics Timing,
    ThroughputMetrics Throughput,
    TokenCounts Tokens,
    string? DoneReason,
    IReadOnlyList<double> ChunkOffsets,
    IReadOnlyList<string> Flags,
    string Response,
    string? Thinking);

namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Record of a result whose long lists were thinned to evenly spaced points, first and last kept.
/// Statistics such as the inter-chunk latency were computed from the full lists before thinning,
/// so only recomputing them from the stored lists gives different numbers.
/// </summary>
public sealed record DownsampledLists
{
    /// <summary>Count of chunk offsets before thinning; null when <see cref="ModelResult.ChunkOffsets"/> is complete.</summary>
    public int? ChunkOffsetsOriginalCount { get; init; }

    /// <summary>Count of system samples before thinning; null when <see cref="SystemImpact.Samples"/> is complete.</summary>
    public int? SamplesOriginalCount { get; init; }
}

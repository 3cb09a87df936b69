namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Original lengths of a result's lists that a store cut to evenly spaced points, first and last kept.
/// The statistics stored on the result were computed from the full lists, so statistics recomputed
/// from the cut lists are approximations.
/// </summary>
public sealed record DownsampledLists
{
    /// <summary>Count of chunk offsets before thinning; null when <see cref="ModelResult.ChunkOffsets"/> is complete.</summary>
    public int? ChunkOffsetsOriginalCount { get; init; }

    /// <summary>Count of system samples before thinning; null when <see cref="SystemImpact.Samples"/> is complete.</summary>
    public int? SamplesOriginalCount { get; init; }
}

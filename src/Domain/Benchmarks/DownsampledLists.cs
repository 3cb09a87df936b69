namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Original lengths of a result's lists that a store downsampled to evenly spaced points, first and
/// last kept. The statistics stored on the result were computed from the full lists, so statistics
/// recomputed from the downsampled lists are approximations.
/// </summary>
public sealed record DownsampledLists
{
    /// <summary>Count of chunk offsets before downsampling; null when <see cref="ModelResult.ChunkOffsets"/> is complete.</summary>
    public int? ChunkOffsetsOriginalCount { get; init; }

    /// <summary>Count of system samples before downsampling; null when <see cref="SystemImpact.Samples"/> is complete.</summary>
    public int? SamplesOriginalCount { get; init; }
}

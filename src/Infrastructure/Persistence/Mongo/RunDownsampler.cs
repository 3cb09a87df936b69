using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Thins the two lists that grow with a run's length, chunk offsets and system samples, of every
/// result and records their original counts in <see cref="ModelResult.Downsampled"/>.
/// </summary>
internal static class RunDownsampler
{
    /// <summary>Returns the run with each long list cut to about <paramref name="fraction"/> of its items, or the run itself when no list could shrink.</summary>
    public static BenchmarkRun Thin(BenchmarkRun run, double fraction)
    {
        var results = run.Results.Select(result => Thin(result, fraction)).ToList();

        return results.SequenceEqual(run.Results, ReferenceEqualityComparer.Instance) ? run : run with { Results = results };
    }

    private static ModelResult Thin(ModelResult result, double fraction)
    {
        var offsets = EvenlySpaced.Keep(result.ChunkOffsets, fraction);
        var samples = result.SystemImpact?.Samples ?? [];
        var keptSamples = EvenlySpaced.Keep(samples, fraction);

        var offsetsThinned = !ReferenceEquals(offsets, result.ChunkOffsets);
        var samplesThinned = !ReferenceEquals(keptSamples, samples);
        if (!offsetsThinned && !samplesThinned)
        {
            return result;
        }

        // A list thinned in an earlier pass keeps the count it had before the first pass.
        var previous = result.Downsampled;
        return result with
        {
            ChunkOffsets = offsets,
            SystemImpact = samplesThinned ? result.SystemImpact! with { Samples = keptSamples } : result.SystemImpact,
            Downsampled = new DownsampledLists
            {
                ChunkOffsetsOriginalCount = previous?.ChunkOffsetsOriginalCount ?? (offsetsThinned ? result.ChunkOffsets.Count : null),
                SamplesOriginalCount = previous?.SamplesOriginalCount ?? (samplesThinned ? samples.Count : null),
            },
        };
    }
}

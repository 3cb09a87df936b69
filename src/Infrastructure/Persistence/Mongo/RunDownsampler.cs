using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Thins the two lists that grow with a run's length, chunk offsets and system samples, of every
/// result and records their original counts in <see cref="ModelResult.Downsampled"/>.
/// </summary>
internal static class RunDownsampler
{
    /// <summary>Lists up to this long are left whole while a longer list can still shrink, because they weigh little.</summary>
    private const int ShortList = 1000;

    /// <summary>
    /// Returns the run with each long list cut to about <paramref name="fraction"/> of its items,
    /// or the run itself when no list can shrink. Short lists are cut only once no long list is left.
    /// </summary>
    public static BenchmarkRun Thin(BenchmarkRun run, double fraction)
    {
        var thinned = Thin(run, fraction, ShortList);

        return ReferenceEquals(thinned, run) ? Thin(run, fraction, 2) : thinned;
    }

    private static BenchmarkRun Thin(BenchmarkRun run, double fraction, int minimum)
    {
        var results = run.Results.Select(result => Thin(result, fraction, minimum)).ToList();

        return results.SequenceEqual(run.Results, ReferenceEqualityComparer.Instance) ? run : run with { Results = results };
    }

    private static ModelResult Thin(ModelResult result, double fraction, int minimum)
    {
        var offsets = EvenlySpaced.Keep(result.ChunkOffsets, fraction, minimum);
        var samples = result.SystemImpact?.Samples ?? [];
        var keptSamples = EvenlySpaced.Keep(samples, fraction, minimum);

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

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Downsamples the two lists of every result that grow with a run's length, chunk offsets and
/// system samples, and records their original counts in <see cref="ModelResult.Downsampled"/>.
/// </summary>
internal static class RunDownsampler
{
    /// <summary>Lists up to this long are left whole while a longer list can still shrink, because they weigh little.</summary>
    private const int ShortList = 1000;

    /// <summary>
    /// Returns the run with each long list cut to about <paramref name="fraction"/> of its items,
    /// or the run itself when no list can shrink. Short lists are cut only when no long list is left.
    /// </summary>
    public static BenchmarkRun Downsample(BenchmarkRun run, double fraction)
    {
        var downsampled = Downsample(run, fraction, ShortList);

        return ReferenceEquals(downsampled, run) ? Downsample(run, fraction, 2) : downsampled;
    }

    private static BenchmarkRun Downsample(BenchmarkRun run, double fraction, int minimum)
    {
        var results = run.Results.Select(result => Downsample(result, fraction, minimum)).ToList();

        return results.SequenceEqual(run.Results, ReferenceEqualityComparer.Instance) ? run : run with { Results = results };
    }

    private static ModelResult Downsample(ModelResult result, double fraction, int minimum)
    {
        var offsets = EvenlySpaced.Keep(result.ChunkOffsets, fraction, minimum);
        var samples = result.SystemImpact?.Samples ?? [];
        var keptSamples = EvenlySpaced.Keep(samples, fraction, minimum);

        var offsetsCut = !ReferenceEquals(offsets, result.ChunkOffsets);
        var samplesCut = !ReferenceEquals(keptSamples, samples);
        if (!offsetsCut && !samplesCut)
        {
            return result;
        }

        // A list cut in an earlier pass keeps the count it had before the first pass.
        var previous = result.Downsampled;
        return result with
        {
            ChunkOffsets = offsets,
            SystemImpact = samplesCut ? result.SystemImpact! with { Samples = keptSamples } : result.SystemImpact,
            Downsampled = new DownsampledLists
            {
                ChunkOffsetsOriginalCount = previous?.ChunkOffsetsOriginalCount ?? (offsetsCut ? result.ChunkOffsets.Count : null),
                SamplesOriginalCount = previous?.SamplesOriginalCount ?? (samplesCut ? samples.Count : null),
            },
        };
    }
}

using Benchmarker.Application.Benchmarks.Metrics;

namespace Benchmarker.Application.Benchmarks.Queries.CompareModels;

/// <summary>
/// Summary statistics of one metric over repeated results. The standard deviation is the sample one
/// (divided by n − 1), and the 95 % confidence interval of the mean is mean ± t·sd/√n with Student's t
/// for n − 1 degrees of freedom. Both need at least two values, so they are null for one value.
/// </summary>
internal static class RepetitionStatistics
{
    /// <summary>Summarises the values that are defined; null when none is.</summary>
    public static MetricStatistics? Summarise(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mean = sorted.Average();
        var deviation = SampleStandardDeviation(sorted, mean);
        var halfWidth = deviation is { } sd ? StudentT.CriticalValue95(sorted.Count - 1) * sd / Math.Sqrt(sorted.Count) : (double?)null;

        return new MetricStatistics(
            sorted.Count,
            sorted[0],
            sorted[^1],
            mean,
            Percentiles.Interpolated(sorted, 0.5),
            Percentiles.Interpolated(sorted, 0.9),
            Percentiles.Interpolated(sorted, 0.99),
            deviation,
            mean - halfWidth,
            mean + halfWidth);
    }

    /// <summary>Two passes (mean first, then squared deviations) so large values with small spread keep their precision.</summary>
    private static double? SampleStandardDeviation(IReadOnlyList<double> values, double mean)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var squares = values.Sum(value => (value - mean) * (value - mean));

        return Math.Sqrt(squares / (values.Count - 1));
    }
}

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>
/// Percentiles by linear interpolation between closest ranks: for sorted values v[0..n-1] and
/// fraction p, the rank is h = (n − 1)·p and the result is v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋+1] − v[⌊h⌋]).
/// This is the default method of NumPy and Excel's PERCENTILE.INC, so other tools can reproduce it.
/// </summary>
internal static class Percentiles
{
    public static double Interpolated(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);

        var rank = (sorted.Count - 1) * fraction;
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);

        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>Mean, p50, p90, p99 and max of a set of gaps; null when there are none.</summary>
    public static LatencyStatistics? Summarise(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        return new LatencyStatistics(
            Mean: sorted.Average(),
            P50: Interpolated(sorted, 0.50),
            P90: Interpolated(sorted, 0.90),
            P99: Interpolated(sorted, 0.99),
            Max: sorted[^1]);
    }
}

namespace Benchmarker.Performance.Ollama;

/// <summary>Nearest-rank percentiles of a sample, for the harness reports.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static string Summary(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return $"n={sorted.Count} p50={Of(sorted, 50):F3} ms p90={Of(sorted, 90):F3} ms p99={Of(sorted, 99):F3} ms max={sorted[^1]:F3} ms";
    }
}

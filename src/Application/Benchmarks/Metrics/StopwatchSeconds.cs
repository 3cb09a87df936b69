using System.Diagnostics;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>Converts <see cref="Stopwatch"/> timestamps to seconds without the 100 ns rounding of <see cref="TimeSpan"/>.</summary>
internal static class StopwatchSeconds
{
    public static double Between(long start, long end) => (end - start) / (double)Stopwatch.Frequency;

    public static double? Between(long start, long? end) => end is { } value ? Between(start, value) : null;
}

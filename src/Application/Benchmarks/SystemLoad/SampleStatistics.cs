using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.SystemLoad;

/// <summary>Mean and peak of readings that may be missing; missing readings are skipped, not counted as 0.</summary>
internal static class SampleStatistics
{
    public static MeanPeak? MeanPeak(IEnumerable<double?> readings)
    {
        var values = readings.OfType<double>().ToList();

        return values.Count == 0 ? null : new MeanPeak(values.Average(), values.Max());
    }

    /// <summary>Mean of each core's utilisation; a sample with fewer cores adds nothing to the missing ones.</summary>
    public static IReadOnlyList<double> PerCoreMeans(IReadOnlyList<SystemSample> samples)
    {
        var cores = samples.Count == 0 ? 0 : samples.Max(sample => sample.CpuPerCore.Count);
        var means = new List<double>(cores);
        for (var core = 0; core < cores; core++)
        {
            var index = core;
            var values = samples.Where(sample => sample.CpuPerCore.Count > index).Select(sample => sample.CpuPerCore[index]).ToList();
            means.Add(values.Average());
        }

        return means;
    }
}

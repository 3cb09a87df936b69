using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.SystemLoad;

/// <summary>CPU and resident memory of the process group that served the model.</summary>
internal static class ProcessImpactCalculator
{
    public static ProcessImpact? Calculate(IReadOnlyList<SystemSample> samples, string groupName)
    {
        var readings = samples
            .SelectMany(sample => sample.Processes)
            .Where(process => string.Equals(process.Name, groupName, StringComparison.Ordinal))
            .ToList();

        if (readings.Count == 0)
        {
            return null;
        }

        return new ProcessImpact
        {
            Name = groupName,
            CpuPercent = SampleStatistics.MeanPeak(readings.Select(reading => reading.CpuPercent)),
            ResidentMemoryMb = SampleStatistics.MeanPeak(readings.Select(reading => reading.ResidentMemoryMb)),
        };
    }
}

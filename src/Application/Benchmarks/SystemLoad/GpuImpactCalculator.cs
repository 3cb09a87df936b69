using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.SystemLoad;

/// <summary>Per-device GPU load over a window, in device index order.</summary>
internal static class GpuImpactCalculator
{
    public static IReadOnlyList<GpuImpact> Calculate(IReadOnlyList<SystemSample> samples) =>
        samples
            .SelectMany(sample => sample.Gpu)
            .GroupBy(reading => reading.Index)
            .OrderBy(device => device.Key)
            .Select(device => new GpuImpact
            {
                Index = device.Key,
                UtilizationPercent = SampleStatistics.MeanPeak(device.Select(reading => reading.UtilizationPercent)),
                MemoryUsedMb = SampleStatistics.MeanPeak(device.Select(reading => reading.MemoryUsedMb)),
                MemoryTotalMb = device.Select(reading => reading.MemoryTotalMb).LastOrDefault(total => total is not null),
                PowerWatts = SampleStatistics.MeanPeak(device.Select(reading => reading.PowerWatts)),
                TemperatureCelsius = SampleStatistics.MeanPeak(device.Select(reading => reading.TemperatureCelsius)),
            })
            .ToList();
}

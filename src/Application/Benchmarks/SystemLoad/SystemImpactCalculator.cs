using System.Diagnostics;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.SystemLoad;

/// <summary>
/// Summarises the sampler's time series over one model's window. A sample at offset s describes
/// the time since an earlier sample, ending at s, so when a generation is shorter than one interval
/// and no sample falls inside it, the first sample after its end stands for the window.
/// </summary>
internal sealed class SystemImpactCalculator
{
    public SystemImpact Calculate(IReadOnlyList<SystemSample> samples, ImpactWindow window, string? gpuStatus)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(window);

        var inside = SelectWindow(samples, window);
        var baseline = samples.Where(sample => sample.Offset < window.BaselineEndOffset).ToList();
        var memory = inside.Select(sample => sample.MemoryUsedGb).OfType<double>().ToList();
        var perCore = SampleStatistics.PerCoreMeans(inside);

        return new SystemImpact
        {
            CpuPercent = SampleStatistics.MeanPeak(inside.Select(sample => sample.CpuPercent)),
            CpuPerCore = perCore,
            CpuDelta = Delta(perCore, SampleStatistics.PerCoreMeans(baseline)),
            MemoryUsedGb = memory.Count == 0 ? null : new MemoryUse(memory[0], memory[^1], memory.Max()),
            MemoryDelta = memory.Count == 0 ? null : memory[^1] - memory[0],
            Process = ProcessImpactCalculator.Calculate(inside, window.Process.Name),
            Gpu = GpuImpactCalculator.Calculate(inside),
            GpuStatus = gpuStatus,
            Samples = Rebase(inside, window),
        };
    }

    private static List<SystemSample> SelectWindow(IReadOnlyList<SystemSample> samples, ImpactWindow window)
    {
        var inside = samples.Where(sample => sample.Offset >= window.StartOffset && sample.Offset <= window.EndOffset).ToList();
        if (inside.Count > 0)
        {
            return inside;
        }

        var next = samples.FirstOrDefault(sample => sample.Offset > window.EndOffset);

        return next is null ? [] : [next];
    }

    /// <summary>Per core: window mean − baseline mean; empty when there is no baseline or the core counts differ.</summary>
    private static IReadOnlyList<double> Delta(IReadOnlyList<double> window, IReadOnlyList<double> baseline) =>
        baseline.Count == 0 || baseline.Count != window.Count
            ? []
            : window.Zip(baseline, (during, before) => during - before).ToList();

    /// <summary>Moves offsets from the session's start to the model's t0, so they line up with chunk offsets.</summary>
    private static List<SystemSample> Rebase(List<SystemSample> samples, ImpactWindow window)
    {
        var shift = (window.SessionStart - window.ModelStart) / (double)Stopwatch.Frequency;

        return samples.Select(sample => sample with { Offset = sample.Offset + shift }).ToList();
    }
}

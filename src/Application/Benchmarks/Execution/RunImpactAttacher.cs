using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.SystemLoad;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Adds each model's system impact once sampling has stopped and every sample is known.</summary>
internal sealed class RunImpactAttacher(SystemImpactCalculator calculator)
{
    public List<ModelResult> Attach(IReadOnlyList<ModelRun> runs, IReadOnlyList<SystemSample> samples, ISamplingSession session, SystemInfo? systemInfo)
    {
        var baselineEnd = runs.Select(run => run.StartTimestamp).Min() ?? long.MaxValue;
        var gpuNames = systemInfo?.Gpu.DistinctBy(gpu => gpu.Index).ToDictionary(gpu => gpu.Index, gpu => gpu.Name) ?? [];

        return runs.Select(run =>
        {
            if (run.StartTimestamp is not { } start || run.EndTimestamp is not { } end)
            {
                return run.Result;
            }

            var window = new ImpactWindow(session.StartTimestamp, start, end, baselineEnd, run.Process);
            var impact = calculator.Calculate(samples, window, session.GpuStatus);
            var named = impact.Gpu.Select(gpu => gpu with { Name = gpuNames.GetValueOrDefault(gpu.Index) }).ToList();

            return run.Result with { SystemImpact = impact with { Gpu = named } };
        }).ToList();
    }
}

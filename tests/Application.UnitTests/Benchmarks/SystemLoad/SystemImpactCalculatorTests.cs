using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.SystemLoad;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Benchmarks.SystemLoad;

public sealed class SystemImpactCalculatorTests
{
    private readonly SystemImpactCalculator _calculator = new();

    // Session starts at 0 s; the run's first t0 is at 1 s; this model runs from 2 s to 3 s.
    private static readonly ImpactWindow Window = new(Clock.At(0), Clock.At(2), Clock.At(3), Clock.At(1), ProcessGroup.Ollama);

    private static readonly IReadOnlyList<SystemSample> Samples =
    [
        Sample(0.25, cpu: 10, cores: [10, 10], memory: 4.0),
        Sample(0.75, cpu: 20, cores: [20, 0], memory: 4.0),
        Sample(1.50, cpu: 90, cores: [90, 90], memory: 5.0),
        Sample(2.00, cpu: 40, cores: [50, 30], memory: 6.0, process: new ProcessSample("ollama", 150, 900)),
        Sample(2.50, cpu: 80, cores: [90, 70], memory: 7.5, process: new ProcessSample("ollama", 190, 1100)),
        Sample(3.00, cpu: 60, cores: [70, 50], memory: 7.0, process: new ProcessSample("benchmarker", 5, 200)),
        Sample(3.50, cpu: 5, cores: [5, 5], memory: 4.0),
    ];

    [Fact]
    public void CpuPercent_MeanAndPeakInsideWindow()
    {
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.Equal(new MeanPeak(60, 80), impact.CpuPercent);
    }

    [Fact]
    public void CpuPerCore_MeanOfEachCore()
    {
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.Equal([70.0, 50.0], impact.CpuPerCore);
    }

    [Fact]
    public void CpuDelta_WindowMinusBaselineBeforeFirstT0()
    {
        // Baseline: the samples at 0.25 s and 0.75 s, per core means 15 and 5.
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.Equal([55.0, 45.0], impact.CpuDelta);
    }

    [Fact]
    public void CpuDelta_NoBaselineSamples_IsEmpty()
    {
        var window = Window with { BaselineEnd = Clock.At(0.1) };

        var impact = _calculator.Calculate(Samples, window, gpuStatus: null);

        Assert.Empty(impact.CpuDelta);
    }

    [Fact]
    public void Memory_StartEndPeakAndDelta()
    {
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.Equal(new MemoryUse(6.0, 7.0, 7.5), impact.MemoryUsedGb);
        Assert.Equal(1.0, impact.MemoryDelta);
    }

    [Fact]
    public void Process_UsesTheBackendsGroupOnly()
    {
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.NotNull(impact.Process);
        Assert.Equal("ollama", impact.Process.Name);
        Assert.Equal(new MeanPeak(170, 190), impact.Process.CpuPercent);
        Assert.Equal(new MeanPeak(1000, 1100), impact.Process.ResidentMemoryMb);
    }

    [Fact]
    public void Process_SelfGroupForEmbeddedEngine()
    {
        var impact = _calculator.Calculate(Samples, Window with { Process = ProcessGroup.Self }, gpuStatus: null);

        Assert.Equal("benchmarker", impact.Process?.Name);
        Assert.Equal(new MeanPeak(5, 5), impact.Process?.CpuPercent);
    }

    [Fact]
    public void Samples_AreRebasedToModelT0()
    {
        var impact = _calculator.Calculate(Samples, Window, gpuStatus: null);

        Assert.Equal([0.0, 0.5, 1.0], impact.Samples.Select(sample => Math.Round(sample.Offset, 9)));
    }

    [Fact]
    public void ShortWindow_UsesFirstSampleAfterEnd()
    {
        var window = Window with { ModelStart = Clock.At(3.1), ModelEnd = Clock.At(3.2) };

        var impact = _calculator.Calculate(Samples, window, gpuStatus: null);

        Assert.Equal(new MeanPeak(5, 5), impact.CpuPercent);
        Assert.Equal(0.4, impact.Samples.Single().Offset, precision: 9);
    }

    [Fact]
    public void NoSamples_EverythingMissing()
    {
        var impact = _calculator.Calculate([], Window, gpuStatus: "not available: no NVIDIA driver");

        Assert.Null(impact.CpuPercent);
        Assert.Null(impact.MemoryUsedGb);
        Assert.Null(impact.MemoryDelta);
        Assert.Null(impact.Process);
        Assert.Empty(impact.CpuPerCore);
        Assert.Empty(impact.Gpu);
        Assert.Equal("not available: no NVIDIA driver", impact.GpuStatus);
    }

    [Fact]
    public void Gpu_PerDeviceMeanAndPeak()
    {
        IReadOnlyList<SystemSample> samples =
        [
            Sample(2.0, cpu: 10, cores: [], memory: 1) with { Gpu = [new GpuSample(0, 40, 1000, 8000, 100, 60), new GpuSample(1, null, 10, 4000, null, null)] },
            Sample(2.5, cpu: 10, cores: [], memory: 1) with { Gpu = [new GpuSample(0, 80, 3000, 8000, 200, 70)] },
        ];

        var impact = _calculator.Calculate(samples, Window, gpuStatus: null);

        Assert.Equal(2, impact.Gpu.Count);
        Assert.Equal(new MeanPeak(60, 80), impact.Gpu[0].UtilizationPercent);
        Assert.Equal(new MeanPeak(2000, 3000), impact.Gpu[0].MemoryUsedMb);
        Assert.Equal(8000, impact.Gpu[0].MemoryTotalMb);
        Assert.Equal(new MeanPeak(150, 200), impact.Gpu[0].PowerWatts);
        Assert.Equal(new MeanPeak(65, 70), impact.Gpu[0].TemperatureCelsius);
        Assert.Null(impact.Gpu[1].UtilizationPercent);
        Assert.Equal(4000, impact.Gpu[1].MemoryTotalMb);
    }

    private static SystemSample Sample(double offset, double cpu, double[] cores, double memory, ProcessSample? process = null) =>
        new()
        {
            Offset = offset,
            CpuPercent = cpu,
            CpuPerCore = cores,
            MemoryUsedGb = memory,
            Processes = process is null ? [] : [process],
        };
}

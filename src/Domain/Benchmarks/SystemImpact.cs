namespace Benchmarker.Domain.Benchmarks;

/// <summary>
/// Load on the machine over one model's run window, from the sampler's time series.
/// Percentages are 0–100; memory is in GB of 2^30 bytes, as in the original tool.
/// </summary>
public sealed record SystemImpact
{
    /// <summary>System-wide CPU utilisation over the window.</summary>
    public MeanPeak? CpuPercent { get; init; }

    /// <summary>Mean utilisation of each logical core over the window.</summary>
    public IReadOnlyList<double> CpuPerCore { get; init; } = [];

    /// <summary>Per core: mean over the window minus mean over the baseline sampled just before the run.</summary>
    public IReadOnlyList<double> CpuDelta { get; init; } = [];

    public MemoryUse? MemoryUsedGb { get; init; }

    /// <summary>Memory used at the end minus at the start, in GB.</summary>
    public double? MemoryDelta { get; init; }

    public ProcessImpact? Process { get; init; }

    public IReadOnlyList<GpuImpact> Gpu { get; init; } = [];

    /// <summary>Why GPU figures are missing ("not available: …"), null when GPUs were read.</summary>
    public string? GpuStatus { get; init; }

    /// <summary>Raw samples inside the window; offsets are seconds since this model's t0, like chunk offsets.</summary>
    public IReadOnlyList<SystemSample> Samples { get; init; } = [];
}

public sealed record MeanPeak(double Mean, double Peak);

public sealed record MemoryUse(double Start, double End, double Peak);

/// <summary>CPU and resident memory of the inference process (Ollama's server, or this process for in-process engines).</summary>
public sealed record ProcessImpact
{
    public required string Name { get; init; }

    public int? Pid { get; init; }

    /// <summary>CPU of the process as a percentage of one core (can exceed 100 on several cores).</summary>
    public MeanPeak? CpuPercent { get; init; }

    public MeanPeak? ResidentMemoryMb { get; init; }
}

public sealed record GpuImpact
{
    public required int Index { get; init; }

    public string? Name { get; init; }

    public MeanPeak? UtilizationPercent { get; init; }

    public MeanPeak? MemoryUsedMb { get; init; }

    public double? MemoryTotalMb { get; init; }

    public MeanPeak? PowerWatts { get; init; }

    public MeanPeak? TemperatureCelsius { get; init; }
}

/// <summary>One reading of the sampler.</summary>
public sealed record SystemSample
{
    /// <summary>Seconds since the reference instant (a model's t0 when stored on a result).</summary>
    public double Offset { get; init; }

    public double? CpuPercent { get; init; }

    public IReadOnlyList<double> CpuPerCore { get; init; } = [];

    public double? MemoryUsedGb { get; init; }

    /// <summary>Readings of the watched processes (the inference server found by name, or this process).</summary>
    public IReadOnlyList<ProcessSample> Processes { get; init; } = [];

    public IReadOnlyList<GpuSample> Gpu { get; init; } = [];
}

public sealed record GpuSample(int Index, double? UtilizationPercent, double? MemoryUsedMb, double? MemoryTotalMb, double? PowerWatts, double? TemperatureCelsius);

/// <summary>CPU (percent of one core) and resident memory of a watched process group, summed over its processes.</summary>
public sealed record ProcessSample(string Name, double? CpuPercent, double? ResidentMemoryMb);

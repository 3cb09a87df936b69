namespace Benchmarker.Domain.Systems;

/// <summary>The machine a run happened on, captured at its start.</summary>
public sealed record SystemInfo
{
    /// <summary>Operating system description, for example "Linux-6.1.0-x86_64 (Debian GNU/Linux 12)".</summary>
    public string? Platform { get; init; }

    /// <summary>CPU model name.</summary>
    public string? Processor { get; init; }

    /// <summary>.NET runtime description; the original tool stored python_version instead.</summary>
    public string? RuntimeVersion { get; init; }

    public CpuInfo? Cpu { get; init; }

    public MemoryInfo? Memory { get; init; }

    public IReadOnlyList<GpuInfo> Gpu { get; init; } = [];

    /// <summary>Why GPU information is missing, null when it was read.</summary>
    public string? GpuStatus { get; init; }

    /// <summary>What could not be read on this operating system, in plain words.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

/// <summary>Core counts and frequencies in MHz.</summary>
public sealed record CpuInfo
{
    public int? PhysicalCores { get; init; }

    public int? TotalCores { get; init; }

    public double? MaxFrequency { get; init; }

    public double? MinFrequency { get; init; }

    public double? CurrentFrequency { get; init; }
}

/// <summary>Memory in GB (GiB) and percent used.</summary>
public sealed record MemoryInfo
{
    public double? Total { get; init; }

    public double? Available { get; init; }

    public double? Used { get; init; }

    public double? PercentUsed { get; init; }
}

public sealed record GpuInfo
{
    public required int Index { get; init; }

    public string? Name { get; init; }

    public double? MemoryTotalMb { get; init; }

    public string? DriverVersion { get; init; }
}

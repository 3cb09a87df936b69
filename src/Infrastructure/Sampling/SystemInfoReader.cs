using System.Globalization;
using System.Runtime.InteropServices;
using Benchmarker.Domain.Systems;
using Benchmarker.Infrastructure.Sampling.Gpu;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// Reads the machine description. On Linux from /etc/os-release, /proc/cpuinfo, cpufreq in sysfs and
/// /proc/meminfo; elsewhere only what .NET itself exposes, with the rest listed in <see cref="SystemInfo.Missing"/>.
/// Memory is in GB of 2^30 bytes, frequencies in MHz.
/// </summary>
internal static class SystemInfoReader
{
    private const double BytesPerGb = 1024d * 1024 * 1024;

    public static SystemInfo Read(IGpuReader gpuReader)
    {
        var missing = new List<string>();
        var gpus = ReadGpus(gpuReader);

        if (!OperatingSystem.IsLinux())
        {
            missing.Add("CPU model name, physical cores and frequencies (read from /proc and sysfs on Linux only)");
            var totalBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
            return new SystemInfo
            {
                Platform = RuntimeInformation.OSDescription,
                RuntimeVersion = RuntimeInformation.FrameworkDescription,
                Cpu = new CpuInfo { TotalCores = Environment.ProcessorCount },
                Memory = new MemoryInfo { Total = totalBytes / BytesPerGb },
                Gpu = gpus,
                GpuStatus = gpuReader.Status,
                Missing = [.. missing, "available and used memory (read from /proc/meminfo on Linux only)"],
            };
        }

        var cpuInfo = CpuInfoSummary.Parse(ReadText("/proc/cpuinfo") ?? "");
        return new SystemInfo
        {
            Platform = Platform(),
            Processor = cpuInfo.ModelName ?? RuntimeInformation.ProcessArchitecture.ToString(),
            RuntimeVersion = RuntimeInformation.FrameworkDescription,
            Cpu = new CpuInfo
            {
                PhysicalCores = cpuInfo.PhysicalCores ?? Math.Max(cpuInfo.LogicalCores, Environment.ProcessorCount),
                TotalCores = cpuInfo.LogicalCores > 0 ? cpuInfo.LogicalCores : Environment.ProcessorCount,
                MaxFrequency = ReadKhzAsMhz("scaling_max_freq") ?? cpuInfo.Megahertz,
                MinFrequency = ReadKhzAsMhz("scaling_min_freq") ?? cpuInfo.Megahertz,
                CurrentFrequency = ReadKhzAsMhz("scaling_cur_freq") ?? cpuInfo.Megahertz,
            },
            Memory = ReadMemory(),
            Gpu = gpus,
            GpuStatus = gpuReader.Status,
            Missing = missing,
        };
    }

    private static string Platform()
    {
        var prettyName = (ReadText("/etc/os-release") ?? "").Split('\n')
            .Where(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
            .Select(line => line["PRETTY_NAME=".Length..].Trim('"'))
            .FirstOrDefault();
        var description = RuntimeInformation.OSDescription;

        // .NET already takes the description from os-release on most distributions, so it may contain the name.
        return prettyName is null || description.Contains(prettyName, StringComparison.Ordinal) ? description : $"{description} ({prettyName})";
    }

    private static MemoryInfo? ReadMemory()
    {
        var text = ReadText("/proc/meminfo");
        if (text is null || ProcParsers.ParseMemInfoKb(text, "MemTotal") is not { } totalKb)
        {
            return null;
        }

        var availableKb = ProcParsers.ParseMemInfoKb(text, "MemAvailable") ?? totalKb;
        var usedKb = totalKb - availableKb;
        return new MemoryInfo
        {
            Total = totalKb * 1024 / BytesPerGb,
            Available = availableKb * 1024 / BytesPerGb,
            Used = usedKb * 1024 / BytesPerGb,
            PercentUsed = Math.Round(100.0 * usedKb / totalKb, 1),
        };
    }

    private static List<GpuInfo> ReadGpus(IGpuReader reader) =>
        [.. reader.Read().Select(sample => new GpuInfo
        {
            Index = sample.Index,
            Name = reader.GetName(sample.Index),
            MemoryTotalMb = sample.MemoryTotalMb,
        })];

    private static double? ReadKhzAsMhz(string file) =>
        double.TryParse(ReadText("/sys/devices/system/cpu/cpu0/cpufreq/" + file), NumberStyles.Float, CultureInfo.InvariantCulture, out var khz)
            ? khz / 1000
            : null;

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

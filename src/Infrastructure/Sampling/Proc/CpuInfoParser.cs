using System.Globalization;

namespace Benchmarker.Infrastructure.Sampling.Proc;

/// <summary>Fields read from /proc/cpuinfo: model name, logical and physical cores, and the first "cpu MHz".</summary>
internal sealed record CpuInfoSummary(string? ModelName, int LogicalCores, int? PhysicalCores, double? Megahertz)
{
    /// <summary>Physical cores are the distinct (physical id, core id) pairs; null when the file has no such fields.</summary>
    public static CpuInfoSummary Parse(string text)
    {
        string? model = null;
        double? megahertz = null;
        var logical = 0;
        var cores = new HashSet<(string, string)>();
        string? physicalId = null;

        foreach (var rawLine in text.Split('\n'))
        {
            var colon = rawLine.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = rawLine[..colon].Trim();
            var value = rawLine[(colon + 1)..].Trim();
            switch (key)
            {
                case "processor": logical++; break;
                case "model name": model ??= value; break;
                case "cpu MHz" when megahertz is null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz): megahertz = mhz; break;
                case "physical id": physicalId = value; break;
                case "core id": cores.Add((physicalId ?? "0", value)); break;
            }
        }

        return new CpuInfoSummary(model, logical, cores.Count > 0 ? cores.Count : null, megahertz);
    }
}

using System.Globalization;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>
/// Parses one line of <c>nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu
/// --format=csv,noheader,nounits</c>. A value nvidia-smi cannot read ("[N/A]", "[Not Supported]") becomes null.
/// </summary>
internal static class NvidiaSmiCsv
{
    public static readonly string QueryFields = "index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu";

    /// <summary>The sample and device name of a line, or null when the line is not a data line.</summary>
    public static (GpuSample Sample, string Name)? Parse(string line)
    {
        var fields = line.Split(',', StringSplitOptions.TrimEntries);
        if (fields.Length != 7 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var sample = new GpuSample(index, Number(fields[2]), Number(fields[3]), Number(fields[4]), Number(fields[5]), Number(fields[6]));
        return (sample, fields[1]);
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

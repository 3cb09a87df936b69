namespace Benchmarker.Infrastructure.Sampling.Proc;

/// <summary>Cumulative jiffies of one /proc/stat "cpu" line: all time and idle time (idle + iowait).</summary>
internal readonly record struct CpuTimes(ulong Total, ulong Idle)
{
    /// <summary>Busy percentage between two readings, or null when no time passed.</summary>
    public static double? BusyPercent(CpuTimes previous, CpuTimes current)
    {
        if (current.Total <= previous.Total)
        {
            return null;
        }

        var total = (double)(current.Total - previous.Total);
        var idle = current.Idle >= previous.Idle ? current.Idle - previous.Idle : 0;
        return Math.Clamp((1 - (idle / total)) * 100, 0, 100);
    }
}

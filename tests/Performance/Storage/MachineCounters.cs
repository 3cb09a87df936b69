namespace Benchmarker.Performance.Storage;

/// <summary>
/// Linux counters read around a timed start: KiB read from disk (pgpgin in /proc/vmstat), CPU time
/// stolen by the hypervisor, CPU time used by all processes, and the load average. A start that read
/// from disk, or shared the CPUs with other jobs or virtual machines, is then visible as such.
/// </summary>
internal readonly record struct MachineCounters(long DiskReadKiB, long StealTicks, long BusyTicks)
{
    public static MachineCounters Read()
    {
        if (!File.Exists("/proc/vmstat"))
        {
            return default;
        }

        var pgpgin = File.ReadLines("/proc/vmstat").First(line => line.StartsWith("pgpgin ", StringComparison.Ordinal)).Split(' ')[1];

        // The first line of /proc/stat is "cpu user nice system idle iowait irq softirq steal ...", in clock ticks.
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new MachineCounters(
            long.Parse(pgpgin, System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(cpu[8], System.Globalization.CultureInfo.InvariantCulture),
            CpuTicks().Busy);
    }

    /// <summary>
    /// Waits until the other processes leave the CPUs idle: less than 10 % busy over one second,
    /// checked for up to <paramref name="maxWait"/>. Other jobs on a shared machine otherwise decide
    /// the figure. Returns false when the machine stayed busy, so the caller can say so.
    /// </summary>
    public static bool WaitForIdleCpu(TimeSpan maxWait)
    {
        if (!File.Exists("/proc/stat"))
        {
            return true;
        }

        var deadline = DateTime.UtcNow + maxWait;
        do
        {
            var (busyBefore, totalBefore) = CpuTicks();
            Thread.Sleep(1000);
            var (busyAfter, totalAfter) = CpuTicks();
            if (busyAfter - busyBefore < (totalAfter - totalBefore) / 10)
            {
                return true;
            }
        }
        while (DateTime.UtcNow < deadline);

        return false;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Reads every file of the directory once, so the timed start finds them in the page cache.</summary>
    public static void WarmPageCache(string directory)
    {
        var buffer = new byte[1 << 20];
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            using var stream = File.OpenRead(path);
            while (stream.Read(buffer) > 0)
            {
            }
        }
    }

    /// <summary>Busy and total clock ticks of all CPUs since boot, from the first line of /proc/stat.</summary>
    private static (long Busy, long Total) CpuTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();

        // Idle and iowait are the 4th and 5th values.
        return (total - fields[3] - fields[4], total);
    }

    public string Since(MachineCounters before) =>
        $"{(DiskReadKiB - before.DiskReadKiB) / 1024.0:F0} MiB read from disk, {(StealTicks - before.StealTicks) * 10} ms stolen, all processes used {(BusyTicks - before.BusyTicks) / 100.0:F2} s of CPU";
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// CPU and resident memory of one watched process group, from /proc/[pid]/stat deltas. Processes are
/// found by name in /proc/*/comm (compared on the first 15 characters, as the kernel truncates comm)
/// and looked up again every few seconds. CPU is a percentage of one core, measured over at least
/// <paramref name="minimumSpan"/> (see <see cref="CounterHistory{T}"/>), and counts only the
/// processes present at both ends of that span.
/// NOTE: clock ticks are taken as 100 per second (USER_HZ on every mainstream Linux build).
/// </summary>
internal sealed class ProcessGroupReader(ProcessGroup group, TimeSpan minimumSpan)
{
    private const double TicksPerSecond = 100;

    private static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(3);

    /// <summary>Each reading maps a process id to its utime + stime in clock ticks.</summary>
    private readonly CounterHistory<Dictionary<int, ulong>> history = new(minimumSpan, () => []);

    private int[] pids = [];

    private long lastScan = long.MinValue;

    public ProcessSample Read(ProcFileReader reader, long now)
    {
        RefreshPids(now);

        var current = history.Next;
        current.Clear();
        long rssPages = 0;
        foreach (var pid in pids)
        {
            var statPath = group.IsSelf ? "/proc/self/stat" : $"/proc/{pid}/stat";
            if (ProcParsers.ParseProcessStat(reader.Read(statPath)) is { } stat)
            {
                current[pid] = stat.CpuTicks;
                rssPages += stat.RssPages;
            }
        }

        // No process of the group was read, so there is nothing to keep as a start for later samples.
        if (current.Count == 0)
        {
            return new ProcessSample(group.Name, null, null);
        }

        var cpu = CpuPercentSince(current, now);
        history.Keep(now);

        return new ProcessSample(group.Name, cpu, rssPages * (double)Environment.SystemPageSize / (1024 * 1024));
    }

    private double? CpuPercentSince(Dictionary<int, ulong> current, long now)
    {
        if (!history.TryGetStart(now, out var start, out var startTimestamp))
        {
            return null;
        }

        ulong deltaTicks = 0;
        foreach (var (pid, ticks) in current)
        {
            if (start.TryGetValue(pid, out var before) && ticks >= before)
            {
                deltaTicks += ticks - before;
            }
        }

        return deltaTicks / TicksPerSecond / Stopwatch.GetElapsedTime(startTimestamp, now).TotalSeconds * 100;
    }

    private void RefreshPids(long now)
    {
        if (group.IsSelf)
        {
            pids = [Environment.ProcessId];
            return;
        }

        if (lastScan != long.MinValue && Stopwatch.GetElapsedTime(lastScan, now) < RescanInterval)
        {
            return;
        }

        lastScan = now;
        var names = group.ProcessNames.Select(name => name.Length > 15 ? name[..15] : name).ToHashSet(StringComparer.Ordinal);
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadComm(directory) is { } comm && names.Contains(comm))
            {
                found.Add(pid);
            }
        }

        pids = [.. found];
    }

    private static string? ReadComm(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "comm")).TrimEnd('\n');
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// CPU and resident memory of one watched process group, from /proc/[pid]/stat deltas. Processes are
/// found by name in /proc/*/comm (compared on the first 15 characters, as the kernel truncates comm)
/// and looked up again every few seconds. CPU is a percentage of one core.
/// NOTE: clock ticks are taken as 100 per second (USER_HZ on every mainstream Linux build).
/// </summary>
internal sealed class ProcessGroupReader(ProcessGroup group)
{
    private const double TicksPerSecond = 100;

    private static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(3);

    private readonly Dictionary<int, ulong> previousTicks = [];

    private int[] pids = [];

    private long lastScan = long.MinValue;

    private long lastReading;

    public ProcessSample Read(ProcFileReader reader, long now)
    {
        RefreshPids(now);
        if (pids.Length == 0)
        {
            return new ProcessSample(group.Name, null, null);
        }

        var elapsed = lastReading == 0 ? 0 : Stopwatch.GetElapsedTime(lastReading, now).TotalSeconds;
        ulong deltaTicks = 0;
        long rssPages = 0;
        var found = false;

        foreach (var pid in pids)
        {
            var statPath = group.IsSelf ? "/proc/self/stat" : $"/proc/{pid}/stat";
            if (ProcParsers.ParseProcessStat(reader.Read(statPath)) is not { } stat)
            {
                continue;
            }

            found = true;
            rssPages += stat.RssPages;
            if (previousTicks.TryGetValue(pid, out var before) && stat.CpuTicks >= before)
            {
                deltaTicks += stat.CpuTicks - before;
            }

            previousTicks[pid] = stat.CpuTicks;
        }

        lastReading = now;
        double? cpu = found && elapsed > 0 ? deltaTicks / TicksPerSecond / elapsed * 100 : null;
        double? rssMb = found ? rssPages * (double)Environment.SystemPageSize / (1024 * 1024) : null;
        return new ProcessSample(group.Name, cpu, rssMb);
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
        foreach (var gone in previousTicks.Keys.Except(pids).ToList())
        {
            previousTicks.Remove(gone);
        }
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

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// CPU and resident memory of one watched process group, from /proc/[pid]/stat. Processes are found
/// by name in /proc/*/comm (compared on the first 15 characters, as the kernel truncates comm) and
/// looked up again every few seconds. CPU is measured by <see cref="ProcessCpuMeter"/>.
/// </summary>
internal sealed class ProcessGroupReader(ProcessGroup group, TimeSpan minimumSpan)
{
    private static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(3);

    private readonly ProcessCpuMeter cpu = new(minimumSpan);

    private int[] pids = [];

    private long lastScan = long.MinValue;

    public ProcessSample Read(ProcFileReader reader, long now)
    {
        RefreshPids(now);

        var current = cpu.BeginReading();
        long rssPages = 0;
        foreach (var pid in pids)
        {
            var statPath = group.IsSelf ? "/proc/self/stat" : $"/proc/{pid}/stat";
            if (ProcParsers.ParseProcessStat(reader.Read(statPath)) is { } stat)
            {
                current[pid] = new ProcessCpuTicks(stat.StartTime, stat.CpuTicks);
                rssPages += stat.RssPages;
            }
        }

        // No process of the group was read, so there is nothing to keep as a start for later samples.
        if (current.Count == 0)
        {
            return new ProcessSample(group.Name, null, null);
        }

        var percent = cpu.Measure(now);

        return new ProcessSample(group.Name, percent, rssPages * (double)Environment.SystemPageSize / (1024 * 1024));
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

using System.Diagnostics;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>Cumulative CPU time (utime + stime) of one process and the time it started, both in clock ticks.</summary>
internal readonly record struct ProcessCpuTicks(ulong StartTime, ulong CpuTicks);

/// <summary>
/// CPU use of a process group as a percentage of one core, from readings of each process's CPU
/// ticks, measured over at least <paramref name="minimumSpan"/> (see <see cref="CounterHistory{T}"/>).
/// Only processes read at both ends of the span count, and a process id whose start time changed
/// belongs to a new process. So the CPU time that a process spent before its first reading, or
/// after its last, is missing from the figure.
/// NOTE: clock ticks are taken as 100 per second (USER_HZ on every mainstream Linux build).
/// </summary>
internal sealed class ProcessCpuMeter(TimeSpan minimumSpan)
{
    private const double TicksPerSecond = 100;

    /// <summary>Each reading maps a process id to its CPU ticks.</summary>
    private readonly CounterHistory<Dictionary<int, ProcessCpuTicks>> history = new(minimumSpan, () => []);

    /// <summary>Empties and returns the buffer that the next reading's processes go into.</summary>
    public Dictionary<int, ProcessCpuTicks> BeginReading()
    {
        var current = history.Next;
        current.Clear();

        return current;
    }

    /// <summary>
    /// Measures the CPU use of the reading begun last, taken at <paramref name="now"/>, and keeps
    /// it as a start for later measurements.
    /// </summary>
    public double? Measure(long now)
    {
        var current = history.Next;
        var percent = PercentSinceStart(current, now);
        history.Keep(now);

        return percent;
    }

    private double? PercentSinceStart(Dictionary<int, ProcessCpuTicks> current, long now)
    {
        if (!history.TryGetStart(now, out var start, out var startTimestamp))
        {
            return null;
        }

        ulong deltaTicks = 0;
        var matched = false;
        foreach (var (pid, ticks) in current)
        {
            if (start.TryGetValue(pid, out var before) && before.StartTime == ticks.StartTime && ticks.CpuTicks >= before.CpuTicks)
            {
                deltaTicks += ticks.CpuTicks - before.CpuTicks;
                matched = true;
            }
        }

        // No process lived through the whole span, so nothing was measured, which is not 0 %.
        if (!matched)
        {
            return null;
        }

        return deltaTicks / TicksPerSecond / Stopwatch.GetElapsedTime(startTimestamp, now).TotalSeconds * 100;
    }
}

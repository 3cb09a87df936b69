using System.Diagnostics;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// CPU and memory of this process over one Nova request. CPU % is the processor time the process
/// used divided by wall time and by the number of logical cores, times 100 (so 100 means every
/// core was busy). The peak working set is the highest of the readings taken at the start, after
/// each step and at the end, not a continuous maximum.
/// </summary>
internal sealed class ProcessUsageMeter : IDisposable
{
    private readonly Process process = Process.GetCurrentProcess();
    private readonly long startTimestamp = Stopwatch.GetTimestamp();
    private readonly TimeSpan startProcessorTime;
    private readonly long startWorkingSet;
    private long peakWorkingSet;

    public ProcessUsageMeter()
    {
        startProcessorTime = process.TotalProcessorTime;
        startWorkingSet = process.WorkingSet64;
        peakWorkingSet = startWorkingSet;
    }

    public void Sample()
    {
        process.Refresh();
        peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
    }

    public ProcessUsage Stop()
    {
        Sample();

        var wall = Stopwatch.GetElapsedTime(startTimestamp);
        var processor = process.TotalProcessorTime - startProcessorTime;
        double? cpuPercent = wall.TotalMilliseconds < 1
            ? null
            : processor.TotalMilliseconds / wall.TotalMilliseconds / Environment.ProcessorCount * 100;

        return new ProcessUsage(cpuPercent, startWorkingSet, process.WorkingSet64, peakWorkingSet);
    }

    public void Dispose() => process.Dispose();
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Sampling;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Performance.Sampling;

/// <summary>CPU cost of each step of one sample, averaged over many repetitions, to find what dominates.</summary>
internal static class SamplerPartsBenchmark
{
    // The minimum CPU span a session at the default 250 ms interval gives its process readers.
    private static readonly TimeSpan HalfDefaultInterval = TimeSpan.FromMilliseconds(125);

    public static int Run()
    {
        var reader = new ProcFileReader();
        var times = new CpuTimes[Environment.ProcessorCount + 1];
        var self = new ProcessGroupReader(ProcessGroup.Self, HalfDefaultInterval);
        var ollama = new ProcessGroupReader(ProcessGroup.Ollama, HalfDefaultInterval);

        Time("read and parse /proc/stat", () => ProcParsers.ParseCpuTimes(reader.Read("/proc/stat"), times));
        Time("read and parse /proc/meminfo", () => ProcParsers.ParseMemInfoKb(reader.Read("/proc/meminfo"), "MemAvailable"));
        Time("read /proc/self/stat", () => self.Read(reader, Stopwatch.GetTimestamp()));
        Time("scan /proc/*/comm for ollama", () => new ProcessGroupReader(ProcessGroup.Ollama, HalfDefaultInterval).Read(reader, Stopwatch.GetTimestamp()));
        Time("ollama group between scans", () => ollama.Read(reader, Stopwatch.GetTimestamp()));
        return 0;
    }

    private static void Time(string name, Action action)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        const int repetitions = 500;
        for (var i = 0; i < repetitions; i++)
        {
            action();
        }

        process.Refresh();
        Console.WriteLine($"{name,-32} {(process.TotalProcessorTime - before).TotalMilliseconds * 1000 / repetitions,8:F1} µs CPU each");
    }
}

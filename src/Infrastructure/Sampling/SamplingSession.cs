using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Sampling.Gpu;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// Samples on a dedicated long-running thread, the first sample right away.
/// System CPU is the busy share of /proc/stat jiffies since the last CPU reading. A sample taken less
/// than half an interval after that reading has no CPU figures: the first sample and often the final
/// one. A few milliseconds contain 0 or 1 jiffy, which would read as 0 % or 100 %.
/// Only the loop touches the readers; <see cref="Samples"/> copies under a lock.
/// </summary>
internal sealed class SamplingSession : ISamplingSession
{
    private const double KbPerGb = 1024d * 1024;

    private readonly Lock gate = new();

    private readonly List<SystemSample> samples = [];

    private readonly ProcFileReader reader = new();

    private readonly ProcessGroupReader[] groups;

    private readonly IGpuReader gpu;

    private readonly CancellationTokenSource stopping = new();

    private readonly Task loop;

    private CpuTimes[] previousCpu = new CpuTimes[Environment.ProcessorCount + 1];

    private CpuTimes[] currentCpu = new CpuTimes[Environment.ProcessorCount + 1];

    private int previousCpuCount;

    private long previousCpuTimestamp;

    private int stopRequested;

    public SamplingSession(IReadOnlyList<ProcessGroup> processes, TimeSpan interval, IGpuReader gpu)
    {
        Interval = interval;
        this.gpu = gpu;
        groups = [.. processes.Select(group => new ProcessGroupReader(group))];
        StartTimestamp = Stopwatch.GetTimestamp();
        previousCpuCount = ReadCpu(previousCpu);
        previousCpuTimestamp = StartTimestamp;
        loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public long StartTimestamp { get; }

    public TimeSpan Interval { get; }

    public string? GpuStatus => gpu.Status;

    public IReadOnlyList<SystemSample> Samples
    {
        get
        {
            lock (gate)
            {
                return [.. samples];
            }
        }
    }

    public async Task<IReadOnlyList<SystemSample>> StopAsync()
    {
        if (Interlocked.Exchange(ref stopRequested, 1) == 0)
        {
            await stopping.CancelAsync();
            await loop;
            TakeSample();
            gpu.Dispose();
        }

        return Samples;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stopping.Dispose();
    }

    /// <summary>
    /// Samples on its own thread, which sleeps on the stop token's wait handle between samples. Due
    /// times are fixed multiples of the interval, so a slow sample does not shift later ones. A
    /// missed due time is skipped rather than caught up.
    /// </summary>
    private void Run()
    {
        var intervalTicks = (long)(Interval.TotalSeconds * Stopwatch.Frequency);
        var due = Stopwatch.GetTimestamp();
        var stopped = stopping.Token.WaitHandle;

        do
        {
            TakeSample();

            var now = Stopwatch.GetTimestamp();
            due += intervalTicks * Math.Max(1, ((now - due) / intervalTicks) + 1);
        }
        while (!stopped.WaitOne(TimeUntil(due)));
    }

    private static TimeSpan TimeUntil(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private void TakeSample()
    {
        var now = Stopwatch.GetTimestamp();
        var (cpu, cores) = Stopwatch.GetElapsedTime(previousCpuTimestamp, now) < Interval / 2 ? (null, []) : ReadCpuSince(now);

        var sample = new SystemSample
        {
            Offset = Stopwatch.GetElapsedTime(StartTimestamp, now).TotalSeconds,
            CpuPercent = cpu,
            CpuPerCore = cores,
            MemoryUsedGb = ReadMemoryUsedGb(),
            Processes = [.. groups.Select(group => group.Read(reader, now))],
            Gpu = gpu.Read(),
        };

        lock (gate)
        {
            samples.Add(sample);
        }
    }

    /// <summary>
    /// Reads CPU use since the last reading and makes this reading the next one's start. The per-core
    /// list is empty unless every core has a value, so a core without elapsed jiffies never reads as 0 %.
    /// </summary>
    private (double? Total, double[] Cores) ReadCpuSince(long now)
    {
        var cpuCount = ReadCpu(currentCpu);
        var cores = new double[Math.Max(0, Math.Min(cpuCount, previousCpuCount) - 1)];
        var everyCore = true;
        for (var core = 0; core < cores.Length; core++)
        {
            var busy = CpuTimes.BusyPercent(previousCpu[core + 1], currentCpu[core + 1]);
            everyCore &= busy is not null;
            cores[core] = busy ?? 0;
        }

        double? total = cpuCount > 0 && previousCpuCount > 0 ? CpuTimes.BusyPercent(previousCpu[0], currentCpu[0]) : null;
        (previousCpu, currentCpu) = (currentCpu, previousCpu);
        previousCpuCount = cpuCount;
        previousCpuTimestamp = now;

        return (total, everyCore ? cores : []);
    }

    private int ReadCpu(CpuTimes[] destination) =>
        OperatingSystem.IsLinux() ? ProcParsers.ParseCpuTimes(reader.Read("/proc/stat"), destination) : 0;

    private double? ReadMemoryUsedGb()
    {
        var text = OperatingSystem.IsLinux() ? reader.Read("/proc/meminfo") : [];
        if (ProcParsers.ParseMemInfoKb(text, "MemTotal") is not { } total || ProcParsers.ParseMemInfoKb(text, "MemAvailable") is not { } available)
        {
            return null;
        }

        return (total - available) / KbPerGb;
    }
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Sampling.Gpu;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// Samples on a dedicated long-running thread, the first sample right away. The CPU figures of a
/// sample span at least half an interval: a sample taken sooner after the previous reading measures
/// from the reading before that. Only samples with no reading half an interval before them, such
/// as the first, lack CPU figures.
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

    private readonly SystemCpuReader cpu;

    private readonly CancellationTokenSource stopping = new();

    private readonly Task loop;

    private int stopRequested;

    public SamplingSession(IReadOnlyList<ProcessGroup> processes, TimeSpan interval, IGpuReader gpu)
    {
        Interval = interval;
        this.gpu = gpu;
        groups = [.. processes.Select(group => new ProcessGroupReader(group, interval / 2))];
        StartTimestamp = Stopwatch.GetTimestamp();
        cpu = new SystemCpuReader(reader, interval, StartTimestamp);
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
        var (total, cores) = cpu.Read(now);

        var sample = new SystemSample
        {
            Offset = Stopwatch.GetElapsedTime(StartTimestamp, now).TotalSeconds,
            CpuPercent = total,
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

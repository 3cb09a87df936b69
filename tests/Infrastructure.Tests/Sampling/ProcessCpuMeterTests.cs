using System.Diagnostics;
using Benchmarker.Infrastructure.Sampling;

namespace Benchmarker.Infrastructure.Tests.Sampling;

/// <summary>A process group's CPU share from made-up readings: clock ticks at 100 per second, Stopwatch timestamps.</summary>
public sealed class ProcessCpuMeterTests
{
    private readonly ProcessCpuMeter meter = new(TimeSpan.FromMilliseconds(500));

    [Fact]
    public void Busy_process_reads_its_share()
    {
        Read(0, (Pid: 7, Start: 10, Ticks: 100));

        var percent = Read(1_000, (Pid: 7, Start: 10, Ticks: 150));

        Assert.Equal(50, percent!.Value, precision: 6);
    }

    [Fact]
    public void First_reading_has_no_cpu()
    {
        Assert.Null(Read(0, (Pid: 7, Start: 10, Ticks: 100)));
    }

    [Fact]
    public void Early_reading_divides_by_its_own_span()
    {
        Read(0, (Pid: 7, Start: 10, Ticks: 0));
        Read(600, (Pid: 7, Start: 10, Ticks: 60));

        // Measured from the reading at 0 ms: 63 ticks over 0.7 s.
        var percent = Read(700, (Pid: 7, Start: 10, Ticks: 63));

        Assert.Equal(90, percent!.Value, precision: 6);
    }

    [Fact]
    public void Replaced_process_has_no_cpu()
    {
        // The only process exited and another of the group started between the two readings.
        Read(0, (Pid: 7, Start: 10, Ticks: 100));

        Assert.Null(Read(1_000, (Pid: 8, Start: 90, Ticks: 5)));
    }

    [Fact]
    public void Reused_pid_is_another_process()
    {
        Read(0, (Pid: 7, Start: 10, Ticks: 100), (Pid: 8, Start: 11, Ticks: 50));

        // Process 7 exited and a new process got its id. Its 120 ticks are not 20 ticks of the old one.
        var percent = Read(1_000, (Pid: 7, Start: 95, Ticks: 120), (Pid: 8, Start: 11, Ticks: 80));

        Assert.Equal(30, percent!.Value, precision: 6);
    }

    [Fact]
    public void Reused_pid_alone_has_no_cpu()
    {
        Read(0, (Pid: 7, Start: 10, Ticks: 100));

        Assert.Null(Read(1_000, (Pid: 7, Start: 95, Ticks: 120)));
    }

    [Fact]
    public void Idle_process_reads_zero()
    {
        Read(0, (Pid: 7, Start: 10, Ticks: 100));

        Assert.Equal(0, Read(1_000, (Pid: 7, Start: 10, Ticks: 100)));
    }

    private double? Read(int milliseconds, params (int Pid, ulong Start, ulong Ticks)[] processes)
    {
        var reading = meter.BeginReading();
        foreach (var (pid, start, ticks) in processes)
        {
            reading[pid] = new ProcessCpuTicks(start, ticks);
        }

        return meter.Measure(1_000_000 + (milliseconds * Stopwatch.Frequency / 1000));
    }
}

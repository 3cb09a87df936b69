using System.Diagnostics;
using System.Text;
using Benchmarker.Infrastructure.Sampling;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Tests.Sampling;

/// <summary>System and per-core CPU from made-up /proc/stat counters, at a 1 s interval.</summary>
public sealed class SystemCpuReaderTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly string statPath = Path.Combine(Path.GetTempPath(), $"proc-stat-{Guid.NewGuid():N}");

    private readonly ProcFileReader reader = new();

    [Fact]
    public void Reading_within_half_interval_has_no_cpu()
    {
        var cpu = Start(busy: 100, idle: 900);

        WriteStat(busy: 110, idle: 990);
        var (total, cores) = cpu.Read(At(499));

        Assert.Null(total);
        Assert.Empty(cores);
    }

    [Fact]
    public void Regular_reading_measures_from_previous()
    {
        var cpu = Start(busy: 100, idle: 900);

        WriteStat(busy: 150, idle: 950);
        var (total, cores) = cpu.Read(At(1_000));

        Assert.Equal(50, total!.Value, precision: 6);
        Assert.Equal(Environment.ProcessorCount, cores.Length);
        Assert.All(cores, core => Assert.Equal(50, core, precision: 6));
    }

    [Fact]
    public void Early_reading_measures_from_one_before()
    {
        var cpu = Start(busy: 100, idle: 900);
        WriteStat(busy: 190, idle: 910);
        cpu.Read(At(1_000));

        // Since the first reading 100 of 200 jiffies were busy, since the second 10 of 100.
        WriteStat(busy: 200, idle: 1_000);
        var (total, cores) = cpu.Read(At(1_100));

        Assert.Equal(50, total!.Value, precision: 6);
        Assert.All(cores, core => Assert.Equal(50, core, precision: 6));
    }

    [Fact]
    public void Reading_without_start_is_kept()
    {
        var cpu = Start(busy: 100, idle: 900);
        WriteStat(busy: 200, idle: 900);
        cpu.Read(At(400));

        // The reading at 400 ms is the latest one half an interval back, as for process CPU:
        // 50 of 100 jiffies busy since it, where 150 of 200 since the first would read 75 %.
        WriteStat(busy: 250, idle: 950);
        var (total, _) = cpu.Read(At(1_000));

        Assert.Equal(50, total!.Value, precision: 6);
    }

    public void Dispose() => File.Delete(statPath);

    private SystemCpuReader Start(ulong busy, ulong idle)
    {
        WriteStat(busy, idle);

        return new SystemCpuReader(reader, Interval, At(0), statPath);
    }

    /// <summary>Writes the aggregate line and one line per core, each core with the same busy and idle jiffies.</summary>
    private void WriteStat(ulong busy, ulong idle)
    {
        var cores = (ulong)Environment.ProcessorCount;
        var text = new StringBuilder($"cpu  {busy * cores} 0 0 {idle * cores} 0 0 0 0 0 0\n");
        for (var core = 0; core < Environment.ProcessorCount; core++)
        {
            text.Append($"cpu{core} {busy} 0 0 {idle} 0 0 0 0 0 0\n");
        }

        text.Append("intr 0\n");
        File.WriteAllText(statPath, text.ToString());
    }

    private static long At(int milliseconds) => 1_000_000 + (milliseconds * Stopwatch.Frequency / 1000);
}

using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// System-wide and per-core CPU use: the busy share of /proc/stat jiffies since an earlier reading
/// that lies at least half a sampler interval back (see <see cref="CounterHistory{T}"/>). Off
/// Linux every figure is missing.
/// </summary>
internal sealed class SystemCpuReader
{
    private readonly ProcFileReader reader;

    private readonly CounterHistory<CpuReading> history;

    private readonly string statPath;

    /// <summary>
    /// Takes the first reading, which later measurements start from. <paramref name="statPath"/>
    /// lets tests read made-up counters.
    /// </summary>
    public SystemCpuReader(ProcFileReader reader, TimeSpan interval, long now, string statPath = "/proc/stat")
    {
        this.reader = reader;
        this.statPath = statPath;
        history = new CounterHistory<CpuReading>(interval / 2, () => new CpuReading());
        ReadInto(history.Next);
        history.Keep(now);
    }

    /// <summary>
    /// Measures CPU use up to <paramref name="now"/>. Both figures are missing until a reading half
    /// an interval old exists. The per-core list is empty unless every core has a value, so a core
    /// without elapsed jiffies never reads as 0 %.
    /// </summary>
    public (double? Total, double[] Cores) Read(long now)
    {
        var current = history.Next;
        ReadInto(current);
        if (!history.TryGetStart(now, out var start, out _))
        {
            // Kept all the same, because a later measurement may start from it, as ProcessCpuMeter's do.
            history.Keep(now);
            return (null, []);
        }

        var cores = new double[Math.Max(0, Math.Min(current.Count, start.Count) - 1)];
        var everyCore = true;
        for (var core = 0; core < cores.Length; core++)
        {
            var busy = CpuTimes.BusyPercent(start.Lines[core + 1], current.Lines[core + 1]);
            everyCore &= busy is not null;
            cores[core] = busy ?? 0;
        }

        double? total = current.Count > 0 && start.Count > 0 ? CpuTimes.BusyPercent(start.Lines[0], current.Lines[0]) : null;
        history.Keep(now);

        return (total, everyCore ? cores : []);
    }

    private void ReadInto(CpuReading reading) =>
        reading.Count = OperatingSystem.IsLinux() ? ProcParsers.ParseCpuTimes(reader.Read(statPath), reading.Lines) : 0;

    /// <summary>The aggregate "cpu" line (index 0) and one line per core, of which <see cref="Count"/> were read.</summary>
    private sealed class CpuReading
    {
        public CpuTimes[] Lines { get; } = new CpuTimes[Environment.ProcessorCount + 1];

        public int Count { get; set; }
    }
}

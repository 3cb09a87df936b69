using Benchmarker.Infrastructure.Sampling.Gpu;
using Benchmarker.Infrastructure.Sampling.Proc;

namespace Benchmarker.Infrastructure.Tests.Sampling;

public sealed class ProcParserTests
{
    [Fact]
    public void Stat_parses_aggregate_and_cores()
    {
        const string text = "cpu  100 10 50 800 40 0 0 0 5 0\ncpu0 60 5 25 400 20 0 0 0 0 0\ncpu1 40 5 25 400 20 0 0 0 0 0\nintr 1 2 3\n";
        var times = new CpuTimes[4];

        var count = ProcParsers.ParseCpuTimes(text, times);

        Assert.Equal(3, count);
        Assert.Equal(new CpuTimes(1000, 840), times[0]);
        Assert.Equal(new CpuTimes(510, 420), times[1]);
        Assert.Equal(50, CpuTimes.BusyPercent(new CpuTimes(0, 0), new CpuTimes(200, 100)));
        Assert.Null(CpuTimes.BusyPercent(new CpuTimes(5, 1), new CpuTimes(5, 1)));
    }

    [Fact]
    public void Meminfo_reads_keys_in_kb()
    {
        const string text = "MemTotal:       24576000 kB\nMemFree:         1000 kB\nMemAvailable:   12288000 kB\n";

        Assert.Equal(24576000, ProcParsers.ParseMemInfoKb(text, "MemTotal"));
        Assert.Equal(12288000, ProcParsers.ParseMemInfoKb(text, "MemAvailable"));
        Assert.Null(ProcParsers.ParseMemInfoKb(text, "SwapTotal"));
    }

    [Fact]
    public void Process_stat_handles_spaces_in_name()
    {
        const string text = "1234 (my (odd) name) S 1 1234 1234 0 -1 4194560 500 0 0 0 250 75 0 0 20 0 8 0 100 1000000 2048 18446744073709551615\n";

        var stat = ProcParsers.ParseProcessStat(text);

        Assert.Equal((325UL, 100UL, 2048L), stat);
    }

    [Fact]
    public void Cpuinfo_counts_physical_cores()
    {
        const string text = "processor\t: 0\nmodel name\t: AMD EPYC\ncpu MHz\t\t: 2596.146\nphysical id\t: 0\ncore id\t\t: 0\n\n"
            + "processor\t: 1\nmodel name\t: AMD EPYC\ncpu MHz\t\t: 2596.146\nphysical id\t: 0\ncore id\t\t: 0\n\n"
            + "processor\t: 2\nmodel name\t: AMD EPYC\ncpu MHz\t\t: 2596.146\nphysical id\t: 0\ncore id\t\t: 1\n";

        var info = CpuInfoSummary.Parse(text);

        Assert.Equal("AMD EPYC", info.ModelName);
        Assert.Equal(3, info.LogicalCores);
        Assert.Equal(2, info.PhysicalCores);
        Assert.Equal(2596.146, info.Megahertz);
    }

    [Fact]
    public void Nvidia_smi_line_parses_with_missing_values()
    {
        var parsed = NvidiaSmiCsv.Parse("0, NVIDIA GeForce RTX 4090, 87, 20480, 24564, [N/A], 71");

        Assert.NotNull(parsed);
        Assert.Equal("NVIDIA GeForce RTX 4090", parsed.Value.Name);
        Assert.Equal(new Benchmarker.Domain.Benchmarks.GpuSample(0, 87, 20480, 24564, null, 71), parsed.Value.Sample);
        Assert.Null(NvidiaSmiCsv.Parse("garbage"));
    }
}

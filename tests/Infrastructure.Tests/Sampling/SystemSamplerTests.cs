using System.Runtime.InteropServices;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Infrastructure.Sampling;
using Benchmarker.Infrastructure.Sampling.Gpu;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Sampling;

public sealed class SystemSamplerTests
{
    private readonly SystemSampler sampler = new(Options.Create(new SamplerOptions { Interval = TimeSpan.FromMilliseconds(20) }));

    [Fact]
    public async Task Session_samples_this_machine()
    {
        var session = sampler.Start([ProcessGroup.Self, ProcessGroup.Ollama]);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (session.Samples.Count < 6 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var samples = await session.StopAsync();

        Assert.True(samples.Count >= 6, $"only {samples.Count} samples");
        Assert.Contains(samples, sample => sample.CpuPercent is not null);
        Assert.All(samples.Where(sample => sample.CpuPercent is not null), sample => Assert.InRange(sample.CpuPercent!.Value, 0, 100));

        // A core whose counters did not move since the last reading (a tickless idle core, or two
        // reads inside one kernel tick) leaves the per-core list out of that sample rather than
        // reporting 0 %, so a list is either whole or empty.
        Assert.All(samples, sample => Assert.True(
            sample.CpuPerCore.Count == 0 || sample.CpuPerCore.Count == Environment.ProcessorCount,
            $"per-core list of {sample.CpuPerCore.Count} values on {Environment.ProcessorCount} cores"));
        Assert.All(samples.SelectMany(sample => sample.CpuPerCore), core => Assert.InRange(core, 0, 100));
        Assert.All(samples, sample => Assert.True(sample.MemoryUsedGb > 0));
        Assert.All(samples, sample => Assert.True(sample.Processes[0].ResidentMemoryMb > 0));
        Assert.All(samples, sample => Assert.Null(sample.Processes[1].CpuPercent));
        Assert.Equal(samples.Select(sample => sample.Offset).Order(), samples.Select(sample => sample.Offset));
        Assert.Equal(UnavailableGpuReader.NoNvidia, session.GpuStatus);
    }

    [Fact]
    public async Task Samples_within_half_interval_have_no_cpu()
    {
        var slow = new SystemSampler(Options.Create(new SamplerOptions { Interval = TimeSpan.FromMinutes(1) }));
        var session = slow.Start([ProcessGroup.Self]);

        var samples = await session.StopAsync();

        Assert.Equal(2, samples.Count);
        Assert.All(samples, sample => Assert.Null(sample.CpuPercent));
        Assert.All(samples, sample => Assert.Empty(sample.CpuPerCore));
        Assert.All(samples, sample => Assert.Null(sample.Processes[0].CpuPercent));
        Assert.All(samples, sample => Assert.True(sample.MemoryUsedGb > 0));
    }

    [Fact]
    public async Task Final_sample_soon_after_reading_has_cpu()
    {
        var interval = TimeSpan.FromSeconds(2);
        var slow = new SystemSampler(Options.Create(new SamplerOptions { Interval = interval }));
        var session = slow.Start([ProcessGroup.Self]);

        // The second sample, one interval after the start, is the first with CPU figures.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (session.Samples.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        var samples = await session.StopAsync();
        var reading = samples[^2];
        var final = samples[^1];

        Assert.Equal(3, samples.Count);
        Assert.NotNull(reading.CpuPercent);
        Assert.True(final.Offset - reading.Offset < interval.TotalSeconds / 2, $"final sample {final.Offset - reading.Offset:F3} s after the previous one");
        Assert.InRange(final.CpuPercent!.Value, 0, 100);
        Assert.Equal(Environment.ProcessorCount, final.CpuPerCore.Count);
        Assert.True(final.Processes[0].CpuPercent >= 0, "no process CPU in the final sample");
    }

    [Fact]
    public async Task System_info_describes_this_machine()
    {
        var info = await sampler.GetSystemInfoAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(info.Platform));
        Assert.Equal(1, CountOf(info.Platform!, RuntimeInformation.OSDescription));
        Assert.False(string.IsNullOrEmpty(info.Processor));
        Assert.StartsWith(".NET", info.RuntimeVersion, StringComparison.Ordinal);
        Assert.Equal(Environment.ProcessorCount, info.Cpu!.TotalCores);
        Assert.True(info.Cpu.PhysicalCores > 0);
        Assert.True(info.Memory!.Total > 0);
        Assert.Equal(UnavailableGpuReader.NoNvidia, info.GpuStatus);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

using System.Diagnostics;
using System.Globalization;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Infrastructure.Sampling;
using Microsoft.Extensions.Options;

namespace Benchmarker.Performance.Sampling;

/// <summary>
/// Measures CPU time of this process with the sampler running at 250 ms and during an idle period of
/// the same length. The difference divided by wall time is the sampler's share of one core.
/// </summary>
internal static class SamplerOverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var duration = TimeSpan.FromSeconds(seconds);

        // A fast session first (about 300 samples), so JIT compilation and tiering of the sampler are not counted as sampling cost.
        await using (var warmUp = new SystemSampler(Options.Create(new SamplerOptions { Interval = TimeSpan.FromMilliseconds(10) }))
            .Start([ProcessGroup.Self, ProcessGroup.Ollama]))
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var idle = await MeasureAsync(duration, sampling: false);
        var sampling = await MeasureAsync(duration, sampling: true);
        var overhead = (sampling.CpuSeconds - idle.CpuSeconds) / sampling.WallSeconds * 100;

        Console.WriteLine($"idle:     {idle.CpuSeconds * 1000:F0} ms CPU over {idle.WallSeconds:F1} s");
        Console.WriteLine($"sampling: {sampling.CpuSeconds * 1000:F0} ms CPU over {sampling.WallSeconds:F1} s, {sampling.Samples} samples");
        Console.WriteLine($"sampler overhead: {overhead:F3} % of one core (target <= 1 %)");
        Console.WriteLine($"processes in /proc (scanned by name every 3 s): {Directory.EnumerateDirectories("/proc").Count(path => int.TryParse(Path.GetFileName(path), out _))}");
        return 0;
    }

    private static readonly SystemSampler Sampler = new(Options.Create(new SamplerOptions { Interval = TimeSpan.FromMilliseconds(250) }));

    private static async Task<(double CpuSeconds, double WallSeconds, int Samples)> MeasureAsync(TimeSpan duration, bool sampling)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var session = sampling ? Sampler.Start([ProcessGroup.Self, ProcessGroup.Ollama]) : null;
        await Task.Delay(duration);
        var samples = session is null ? 0 : (await session.StopAsync()).Count;

        process.Refresh();
        return ((process.TotalProcessorTime - cpuBefore).TotalSeconds, clock.Elapsed.TotalSeconds, samples);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>
/// Runs nvidia-smi once, in loop mode, with an argument list (no shell), and keeps the latest line of
/// each GPU. The child process is killed on dispose.
/// </summary>
internal sealed class NvidiaSmiGpuReader : IGpuReader
{
    private readonly Process process;

    private readonly ConcurrentDictionary<int, GpuSample> latest = new();

    private readonly ConcurrentDictionary<int, string> names = new();

    private readonly TaskCompletionSource firstReading = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NvidiaSmiGpuReader(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null && NvidiaSmiCsv.Parse(line.Data) is { } parsed)
            {
                latest[parsed.Sample.Index] = parsed.Sample;
                names[parsed.Sample.Index] = parsed.Name;
                firstReading.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
    }

    public string? Status => process.HasExited ? $"not available: nvidia-smi exited with code {process.ExitCode}" : null;

    public static NvidiaSmiGpuReader Start(string executable, TimeSpan interval)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("--query-gpu=" + NvidiaSmiCsv.QueryFields);
        start.ArgumentList.Add("--format=csv,noheader,nounits");
        start.ArgumentList.Add("-lms");
        start.ArgumentList.Add(((int)Math.Max(interval.TotalMilliseconds, 10)).ToString(CultureInfo.InvariantCulture));

        return new NvidiaSmiGpuReader(Process.Start(start) ?? throw new InvalidOperationException("nvidia-smi did not start."));
    }

    /// <summary>Full path of nvidia-smi found on PATH, or null.</summary>
    public static string? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? "nvidia-smi.exe" : "nvidia-smi"))
            .FirstOrDefault(File.Exists);
    }

    public IReadOnlyList<GpuSample> Read() => [.. latest.Values.OrderBy(sample => sample.Index)];

    public string? GetName(int index) => names.GetValueOrDefault(index);

    public async Task WaitForFirstReadingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await firstReading.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // No line yet: the caller reads what exists, which is no GPU rather than a made-up one.
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill.
        }

        process.Dispose();
    }
}

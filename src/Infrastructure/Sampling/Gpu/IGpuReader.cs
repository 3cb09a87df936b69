using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>Reads NVIDIA GPUs for the sampler; <see cref="Status"/> gives the reason when there are no readings.</summary>
internal interface IGpuReader : IDisposable
{
    /// <summary>Null when GPUs are read, else "not available: …" with the reason.</summary>
    string? Status { get; }

    IReadOnlyList<GpuSample> Read();

    /// <summary>Device name of one GPU, or null when it is unknown.</summary>
    string? GetName(int index);

    /// <summary>Waits until the first readings exist (nvidia-smi prints its first lines after it starts) or the timeout passes.</summary>
    Task WaitForFirstReadingAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>The reader used when neither NVML nor nvidia-smi exists: no readings, never 0 %.</summary>
internal sealed class UnavailableGpuReader(string status) : IGpuReader
{
    public const string NoNvidia = "not available: no NVIDIA driver (libnvidia-ml.so.1 not found) and no nvidia-smi on PATH";

    public string? Status { get; } = status;

    public IReadOnlyList<GpuSample> Read() => [];

    public string? GetName(int index) => null;

    public Task WaitForFirstReadingAsync(TimeSpan timeout, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}

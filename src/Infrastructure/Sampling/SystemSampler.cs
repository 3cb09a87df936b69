using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Domain.Systems;
using Benchmarker.Infrastructure.Sampling.Gpu;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// Reads the machine from /proc and sysfs on Linux, and GPUs through NVML or nvidia-smi. Each
/// session owns its own GPU reader, so an nvidia-smi child lives only as long as the session.
/// </summary>
public sealed class SystemSampler(IOptions<SamplerOptions> options) : ISystemSampler
{
    private static readonly TimeSpan FirstGpuReadingTimeout = TimeSpan.FromSeconds(3);

    public async Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken)
    {
        using var gpu = GpuReaders.Create(options.Value.Interval);
        await gpu.WaitForFirstReadingAsync(FirstGpuReadingTimeout, cancellationToken);

        return await Task.Run(() => SystemInfoReader.Read(gpu), cancellationToken);
    }

    public ISamplingSession Start(IReadOnlyList<ProcessGroup> processes)
    {
        ArgumentNullException.ThrowIfNull(processes);

        var interval = options.Value.Interval;
        return new SamplingSession(processes, interval, GpuReaders.Create(interval));
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>
/// The real sampler, but its sessions report 7/9 of the interval they sample at. The run waits one
/// and a half reported intervals before the first model, so that model starts a sixth of a real
/// interval after the sampler's second reading instead of half an interval after it. A sampler
/// thread that starts late puts the first model at the same point.
/// </summary>
internal sealed class LateStartSampler(ISystemSampler inner) : ISystemSampler
{
    private const double ReportedShare = 7d / 9;

    public Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken) => inner.GetSystemInfoAsync(cancellationToken);

    public ISamplingSession Start(IReadOnlyList<ProcessGroup> processes) => new Session(inner.Start(processes));

    private sealed class Session(ISamplingSession inner) : ISamplingSession
    {
        public long StartTimestamp => inner.StartTimestamp;

        public TimeSpan Interval => inner.Interval * ReportedShare;

        public IReadOnlyList<SystemSample> Samples => inner.Samples;

        public string? GpuStatus => inner.GpuStatus;

        public Task<IReadOnlyList<SystemSample>> StopAsync() => inner.StopAsync();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

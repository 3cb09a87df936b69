namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// This process's CPU and memory over one Nova request (see <see cref="ProcessUsageMeter"/> for the
/// definitions). CPU % is null when the request took under 1 ms. It covers the whole process, so
/// other requests served at the same time are included.
/// </summary>
public sealed record ProcessUsage(
    double? CpuPercent,
    long WorkingSetStartBytes,
    long WorkingSetEndBytes,
    long WorkingSetPeakBytes);

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;

namespace Benchmarker.Application.Benchmarks.SystemLoad;

/// <summary>
/// One model's run window on the sampler's clock. All values are <see cref="System.Diagnostics.Stopwatch"/> timestamps.
/// </summary>
/// <param name="SessionStart">Start of the sampling session; sample offsets are seconds since it.</param>
/// <param name="ModelStart">The model's t0.</param>
/// <param name="ModelEnd">End of the model's generation (final chunk or failure).</param>
/// <param name="BaselineEnd">The first t0 of the run: samples before it form the idle baseline.</param>
/// <param name="Process">Process group that runs this model's backend.</param>
internal sealed record ImpactWindow(long SessionStart, long ModelStart, long ModelEnd, long BaselineEnd, ProcessGroup Process)
{
    public double StartOffset => StopwatchSeconds.Between(SessionStart, ModelStart);

    public double EndOffset => StopwatchSeconds.Between(SessionStart, ModelEnd);

    public double BaselineEndOffset => StopwatchSeconds.Between(SessionStart, BaselineEnd);
}

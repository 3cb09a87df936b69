using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Progress of one run, for a subscriber of that run only (for example a server-sent events stream).
/// Calls come from the generation's read loop, in parallel mode from several threads at once, so an
/// implementation must be thread-safe, return quickly and not throw: an exception thrown from
/// <see cref="OnChunk"/> fails that model's generation.
/// </summary>
public interface IRunObserver
{
    void OnRunStarted(BenchmarkPlan plan);

    void OnModelStarted(string model);

    /// <summary>The first chunk on any channel arrived, <paramref name="timeToFirstToken"/> seconds after t0.</summary>
    void OnFirstToken(string model, double timeToFirstToken);

    void OnChunk(string model, GenerationChunk chunk);

    /// <summary>A model succeeded. Its system impact is filled in only when sampling stops, so it is null here.</summary>
    void OnModelFinished(ModelResult result);

    /// <summary>A model failed, timed out or was cancelled; the result contains the partial response and the error.</summary>
    void OnModelFailed(ModelResult result);

    /// <summary>The run is complete and saved, with every result's system impact.</summary>
    void OnRunFinished(BenchmarkRun run);
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>An observer for callers that only want the finished run.</summary>
public sealed class NullRunObserver : IRunObserver
{
    public static readonly NullRunObserver Instance = new();

    public void OnRunStarted(BenchmarkPlan plan)
    {
    }

    public void OnModelStarted(string model)
    {
    }

    public void OnFirstToken(string model, double timeToFirstToken)
    {
    }

    public void OnChunk(string model, GenerationChunk chunk)
    {
    }

    public void OnModelFinished(ModelResult result)
    {
    }

    public void OnModelFailed(ModelResult result)
    {
    }

    public void OnRunFinished(BenchmarkRun run)
    {
    }
}

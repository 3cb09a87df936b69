using System.Collections.Concurrent;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Support;

/// <summary>Records run events as short strings such as "finished:llama3.2".</summary>
internal sealed class RecordingObserver : IRunObserver
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void OnRunStarted(BenchmarkPlan plan) => _events.Enqueue($"run-started:{plan.RunId}");

    public void OnModelStarted(string model) => _events.Enqueue($"started:{model}");

    public void OnFirstToken(string model, double timeToFirstToken) => _events.Enqueue($"first-token:{model}");

    public void OnChunk(string model, GenerationChunk chunk) => _events.Enqueue($"chunk:{model}:{chunk.Text}");

    public void OnModelFinished(ModelResult result) => _events.Enqueue($"finished:{result.Model}");

    public void OnModelFailed(ModelResult result) => _events.Enqueue($"failed:{result.Model}:{result.ErrorKind}");

    public void OnRunFinished(BenchmarkRun run) => _events.Enqueue($"run-finished:{run.Id}");
}

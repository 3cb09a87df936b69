using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Forwards one model's chunks to the run observer and keeps a copy, so the partial response survives
/// even when the backend throws instead of returning an outcome.
/// </summary>
internal sealed class ChunkRecorder(string model, long startTimestamp, IRunObserver observer) : IGenerationObserver
{
    private readonly Lock _gate = new();
    private readonly List<GenerationChunk> _chunks = [];

    public IReadOnlyList<GenerationChunk> Chunks
    {
        get
        {
            lock (_gate)
            {
                return [.. _chunks];
            }
        }
    }

    public void OnChunk(GenerationChunk chunk)
    {
        if (string.IsNullOrEmpty(chunk.Text))
        {
            return;
        }

        bool first;
        lock (_gate)
        {
            first = _chunks.Count == 0;
            _chunks.Add(chunk);
        }

        if (first)
        {
            observer.OnFirstToken(model, StopwatchSeconds.Between(startTimestamp, chunk.Timestamp));
        }

        observer.OnChunk(model, chunk);
    }
}

using System.Text;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Infrastructure.Tests.Ollama;

/// <summary>Records every read timestamp and every line (decoded) with its timestamp.</summary>
internal sealed class RecordingLineHandler(int stopAfterLines = int.MaxValue) : INdjsonLineHandler
{
    public List<long> Reads { get; } = [];

    public List<(string Line, long Timestamp)> Lines { get; } = [];

    public void OnRead(long timestamp) => Reads.Add(timestamp);

    public bool OnLine(ReadOnlySpan<byte> line, long timestamp)
    {
        Lines.Add((Encoding.UTF8.GetString(line), timestamp));
        return Lines.Count < stopAfterLines;
    }
}

/// <summary>A clock that returns 1, 2, 3… so each read's timestamp is known.</summary>
internal sealed class CountingClock
{
    private long now;

    public long Next() => ++now;
}

/// <summary>Keeps every chunk the backend reports as it arrives.</summary>
internal sealed class RecordingObserver(Action<Benchmarker.Application.Abstractions.GenerationChunk>? onChunk = null)
    : Benchmarker.Application.Abstractions.IGenerationObserver
{
    public List<Benchmarker.Application.Abstractions.GenerationChunk> Chunks { get; } = [];

    public void OnChunk(Benchmarker.Application.Abstractions.GenerationChunk chunk)
    {
        Chunks.Add(chunk);
        onChunk?.Invoke(chunk);
    }
}

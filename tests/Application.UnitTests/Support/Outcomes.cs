using Benchmarker.Application.Abstractions;

namespace Benchmarker.Application.UnitTests.Support;

/// <summary>Builds generation outcomes from offsets in seconds since t0.</summary>
internal static class Outcomes
{
    public static GenerationChunk Chunk(double offset, string text = "ab", ChunkChannel channel = ChunkChannel.Content) =>
        new(text, channel, Clock.At(offset));

    public static GenerationOutcome Completed(GenerationStats? stats, params GenerationChunk[] chunks) =>
        new()
        {
            Status = GenerationStatus.Completed,
            StartTimestamp = Clock.At(0),
            FirstByteTimestamp = chunks.Length > 0 ? chunks[0].Timestamp : Clock.At(0.1),
            EndTimestamp = chunks.Length > 0 ? chunks[^1].Timestamp + Clock.At(0.01) - Clock.Origin : Clock.At(0.2),
            Chunks = chunks,
            Stats = stats,
        };
}

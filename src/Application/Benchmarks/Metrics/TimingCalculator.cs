using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>Client-side durations from chunk arrival timestamps, plus the server's own durations.</summary>
internal static class TimingCalculator
{
    public static TimingMetrics Calculate(GenerationOutcome outcome)
    {
        var t0 = outcome.StartTimestamp;
        var chunks = outcome.Chunks;
        var firstToken = chunks.Count > 0 ? StopwatchSeconds.Between(t0, chunks[0].Timestamp) : (double?)null;
        var firstContent = chunks
            .Where(chunk => chunk.Channel == ChunkChannel.Content)
            .Select(chunk => (long?)chunk.Timestamp)
            .FirstOrDefault();
        var stats = outcome.Stats;

        return new TimingMetrics
        {
            QueueTime = outcome.QueueTime?.TotalSeconds,
            TimeToFirstByte = StopwatchSeconds.Between(t0, outcome.FirstByteTimestamp),
            TimeToFirstToken = firstToken,
            TimeToFirstChunk = firstToken,
            TimeToFirstContent = StopwatchSeconds.Between(t0, firstContent),
            TotalTime = StopwatchSeconds.Between(t0, outcome.EndTimestamp),
            DecodeTime = chunks.Count >= 2 ? StopwatchSeconds.Between(chunks[0].Timestamp, chunks[^1].Timestamp) : null,
            InterChunkLatency = Percentiles.Summarise(Gaps(chunks)),
            LoadDuration = stats?.LoadDuration,
            PromptEvalDuration = stats?.PromptEvalDuration,
            EvalDuration = stats?.EvalDuration,
            ServerTotalDuration = stats?.TotalDuration,
        };
    }

    private static IEnumerable<double> Gaps(IReadOnlyList<GenerationChunk> chunks)
    {
        for (var index = 1; index < chunks.Count; index++)
        {
            yield return StopwatchSeconds.Between(chunks[index - 1].Timestamp, chunks[index].Timestamp);
        }
    }
}

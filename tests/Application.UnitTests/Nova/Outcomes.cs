using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Nova;

/// <summary>Builds generation outcomes as a backend would return them.</summary>
internal static class Outcomes
{
    public static GenerationOutcome Completed(string text, int? promptTokens = 10, int? completionTokens = 4, double? evalSeconds = 0.5)
    {
        var now = Stopwatch.GetTimestamp();
        return new GenerationOutcome
        {
            Status = GenerationStatus.Completed,
            StartTimestamp = now,
            EndTimestamp = now,
            Chunks =
            [
                new GenerationChunk("(thinking that is not part of the answer)", ChunkChannel.Thinking, now),
                new GenerationChunk(text, ChunkChannel.Content, now),
            ],
            Stats = new GenerationStats { PromptEvalCount = promptTokens, EvalCount = completionTokens, EvalDuration = evalSeconds },
        };
    }

    public static GenerationOutcome Failed(string error, GenerationStatus status = GenerationStatus.Failed, string errorKind = ResultErrorKinds.ServerError) =>
        new()
        {
            Status = status,
            StartTimestamp = Stopwatch.GetTimestamp(),
            ErrorKind = errorKind,
            Error = error,
        };

    public static GenerationOutcome Cancelled() =>
        new() { Status = GenerationStatus.Cancelled, StartTimestamp = Stopwatch.GetTimestamp(), ErrorKind = ResultErrorKinds.Cancelled };
}

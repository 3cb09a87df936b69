using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Turns a decode-loop trace into the outcome the metrics calculator reads, with the engine's own
/// statistics in the fields Ollama fills: load, prefill and decode durations, token counts, done reason.
/// </summary>
internal static class GenerationOutcomeFactory
{
    public static GenerationOutcome FromTrace(GenerationTrace trace, string model, long start, long end, ModelLease lease)
    {
        var stats = new GenerationStats
        {
            LoadDuration = lease.LoadTime.TotalSeconds,
            PromptEvalDuration = Seconds(trace.PrefillStart, trace.PrefillEnd),
            EvalDuration = Seconds(trace.PrefillEnd, trace.LastTokenAt),
            TotalDuration = Stopwatch.GetElapsedTime(start, end).TotalSeconds,
            PromptEvalCount = trace.PromptTokens,
            PromptEvalCachedCount = 0,
            EvalCount = trace.PrefillEnd is null ? null : trace.GeneratedTokens,
            DoneReason = trace.DoneReason,
        };

        var (status, kind, error) = trace switch
        {
            { InvalidRequest: { } reason } => (GenerationStatus.Failed, ResultErrorKinds.InvalidRequest, reason),
            { Cancelled: true } => (GenerationStatus.Cancelled, ResultErrorKinds.Cancelled, $"The generation with '{model}' was cancelled after {trace.GeneratedTokens} tokens."),
            _ => (GenerationStatus.Completed, (string?)null, (string?)null),
        };

        return new GenerationOutcome
        {
            Status = status,
            StartTimestamp = start,
            // In-process there are no bytes on a wire: the first output is the first chunk, or the end when no text came.
            FirstByteTimestamp = trace.Chunks.Count > 0 ? trace.Chunks[0].Timestamp : status == GenerationStatus.Completed ? end : null,
            EndTimestamp = end,
            Chunks = trace.Chunks,
            Stats = stats,
            ErrorKind = kind,
            Error = error,
            LoadedForRequest = lease.LoadedForRequest,
        };
    }

    private static double? Seconds(long? from, long? to) =>
        from is { } start && to is { } end ? Stopwatch.GetElapsedTime(start, end).TotalSeconds : null;
}

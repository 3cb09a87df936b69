using System.Text;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>Chunk, byte and token rates. A rate whose denominator is missing or too small to trust is null.</summary>
internal static class ThroughputCalculator
{
    /// <summary>Decode intervals shorter than this give meaningless rates (a 1-token eval can report ~0 s).</summary>
    public const double MinimumDecodeSeconds = 0.001;

    public static ThroughputMetrics Calculate(IReadOnlyList<GenerationChunk> chunks, TimingMetrics timing, TokenCounts tokens)
    {
        var totalChunks = chunks.Count;
        var totalBytes = chunks.Sum(chunk => (long)Encoding.UTF8.GetByteCount(chunk.Text));

        return new ThroughputMetrics
        {
            TotalChunks = totalChunks,
            TotalBytes = totalBytes,
            AverageChunkSize = totalChunks > 0 ? totalBytes / (double)totalChunks : null,
            BytesPerSecond = totalChunks > 0 ? Divide(totalBytes, timing.TotalTime) : null,
            TokensPerSecond = DecodeRate(tokens.CompletionTokens, timing.EvalDuration),
            ClientTokensPerSecond = DecodeRate(tokens.CompletionTokens - 1, timing.DecodeTime, minimumTokens: 1),
            EndToEndTokensPerSecond = Divide(tokens.CompletionTokens, timing.TotalTime),
            PromptTokensPerSecond = Divide(tokens.PromptTokens - (tokens.PromptCachedTokens ?? 0), timing.PromptEvalDuration),
        };
    }

    private static double? DecodeRate(int? tokens, double? seconds, int minimumTokens = 2)
    {
        if (tokens is null || tokens < minimumTokens || seconds is null || seconds < MinimumDecodeSeconds)
        {
            return null;
        }

        return tokens.Value / seconds.Value;
    }

    private static double? Divide(double? numerator, double? denominator)
    {
        if (numerator is null || numerator < 0 || denominator is null || denominator <= 0)
        {
            return null;
        }

        return numerator.Value / denominator.Value;
    }
}

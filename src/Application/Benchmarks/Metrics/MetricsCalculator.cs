using System.Text;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>
/// Turns what a backend observed of one generation into the result's metrics and flags. Pure and
/// stateless: the same outcome always gives the same numbers, so stored chunk offsets can be re-checked.
/// </summary>
internal sealed class MetricsCalculator
{
    public ModelMeasurement Calculate(MetricsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var outcome = input.Outcome;
        var chunks = outcome.Chunks.Where(chunk => !string.IsNullOrEmpty(chunk.Text)).ToList();
        var textOutcome = outcome with { Chunks = chunks };

        var timing = TimingCalculator.Calculate(textOutcome);
        var tokens = new TokenCounts
        {
            PromptTokens = outcome.Stats?.PromptEvalCount,
            PromptCachedTokens = outcome.Stats?.PromptEvalCachedCount,
            CompletionTokens = outcome.Stats?.EvalCount,
        };
        var throughput = ThroughputCalculator.Calculate(chunks, timing, tokens);
        var flags = FlagRules.Evaluate(input, timing, throughput, tokens);

        return new ModelMeasurement(
            timing,
            throughput,
            tokens,
            outcome.Stats?.DoneReason,
            chunks.Select(chunk => StopwatchSeconds.Between(outcome.StartTimestamp, chunk.Timestamp)).ToList(),
            flags,
            Join(chunks, channel => channel != ChunkChannel.Thinking) ?? "",
            Join(chunks, channel => channel == ChunkChannel.Thinking));
    }

    /// <summary>Concatenates the text of matching channels; tool calls count as response text, so they are kept.</summary>
    private static string? Join(List<GenerationChunk> chunks, Func<ChunkChannel, bool> include)
    {
        var builder = new StringBuilder();
        var any = false;
        foreach (var chunk in chunks.Where(chunk => include(chunk.Channel)))
        {
            builder.Append(chunk.Text);
            any = true;
        }

        return any ? builder.ToString() : null;
    }
}

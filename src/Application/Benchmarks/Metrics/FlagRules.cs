using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>Decides the validity flags of a result from its metrics; each rule is documented in docs/metrics.md.</summary>
internal static class FlagRules
{
    public static IReadOnlyList<string> Evaluate(MetricsInput input, TimingMetrics timing, ThroughputMetrics throughput, TokenCounts tokens)
    {
        var flags = new List<string>();

        AddIf(flags, ResultFlags.ColdStart, IsColdStart(input, timing));
        AddIf(flags, ResultFlags.Truncated, IsTruncated(input, tokens));
        AddIf(flags, ResultFlags.PromptCacheHit, IsPromptCacheHit(timing, throughput, tokens));
        AddIf(flags, ResultFlags.ImplausibleRate, IsImplausible(throughput));
        AddIf(flags, ResultFlags.Incomplete, input.Outcome.Status != GenerationStatus.Completed);
        AddIf(flags, ResultFlags.FewTokens, tokens.CompletionTokens < 2);

        return flags;
    }

    /// <summary>Estimated prompt tokens: characters (UTF-16 code units) divided by four, rounded up.</summary>
    public static int EstimatePromptTokens(string prompt) =>
        (prompt.Length + FlagThresholds.CharactersPerTokenEstimate - 1) / FlagThresholds.CharactersPerTokenEstimate;

    private static bool IsColdStart(MetricsInput input, TimingMetrics timing) =>
        timing.LoadDuration > FlagThresholds.ColdLoadSeconds
        || input.Outcome.LoadedForRequest == true
        || (input.LoadedBefore is null && input.BackendListedLoadedModels);

    private static bool IsTruncated(MetricsInput input, TokenCounts tokens)
    {
        if (string.Equals(input.Outcome.Stats?.DoneReason, "length", StringComparison.Ordinal))
        {
            return true;
        }

        // NOTE: Ollama 0.30.0 counted only uncached prompt tokens, so a cache hit on that version can look truncated here.
        var estimate = EstimatePromptTokens(input.Prompt);

        return tokens.PromptTokens is { } seen
            && estimate >= FlagThresholds.MinimumEstimatedPromptTokens
            && seen < estimate * FlagThresholds.TruncatedPromptShare;
    }

    /// <summary>
    /// A cache the server reported, or a prefill rate too high to be real. The rate counts only when
    /// the prefill took at least <see cref="FlagThresholds.MinimumRateSeconds"/>: a few tokens in
    /// microseconds give any rate, and that is timer resolution, not a cache.
    /// </summary>
    private static bool IsPromptCacheHit(TimingMetrics timing, ThroughputMetrics throughput, TokenCounts tokens) =>
        tokens.PromptCachedTokens > 0
        || (timing.PromptEvalDuration >= FlagThresholds.MinimumRateSeconds
            && throughput.PromptTokensPerSecond > FlagThresholds.ImplausibleTokensPerSecond);

    private static bool IsImplausible(ThroughputMetrics throughput)
    {
        double?[] decodeRates = [throughput.TokensPerSecond, throughput.ClientTokensPerSecond, throughput.EndToEndTokensPerSecond];
        if (decodeRates.Any(rate => rate > FlagThresholds.ImplausibleTokensPerSecond))
        {
            return true;
        }

        return throughput is { TokensPerSecond: { } server and > 0, ClientTokensPerSecond: { } client }
            && Math.Abs(client - server) / server > FlagThresholds.RateDisagreement;
    }

    private static void AddIf(List<string> flags, string flag, bool condition)
    {
        if (condition)
        {
            flags.Add(flag);
        }
    }
}

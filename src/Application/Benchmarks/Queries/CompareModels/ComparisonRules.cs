using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Queries.CompareModels;

/// <summary>
/// Which results count in a comparison. A failed result is always left out. By default a result is also
/// left out when a flag makes its numbers wrong: incomplete (no final chunk), few_tokens (rates
/// undefined) or implausible_rate (the two decode rates disagree or are impossible). Flags that describe
/// conditions rather than errors (cold_start, truncated, prompt_cache_hit) are kept: a run stopped by
/// num_predict ("truncated") still measured every token correctly.
/// </summary>
internal static class ComparisonRules
{
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> ExcludingFlags = [ResultFlags.Incomplete, ResultFlags.FewTokens, ResultFlags.ImplausibleRate];

    public static IReadOnlyList<string> ReasonsToExclude(ModelResult result, bool includeFlagged)
    {
        var reasons = new List<string>();
        if (!result.Success)
        {
            reasons.Add(Failed);
        }

        if (!includeFlagged)
        {
            reasons.AddRange(result.Flags.Where(ExcludingFlags.Contains));
        }

        return reasons;
    }

    /// <summary>The server's decode rate, else our clock's.</summary>
    public static double? TokensPerSecond(ModelResult result) =>
        result.Throughput.TokensPerSecond ?? result.Throughput.ClientTokensPerSecond;
}

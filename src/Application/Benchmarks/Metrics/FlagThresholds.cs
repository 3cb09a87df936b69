namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>Limits behind the validity flags; docs/metrics.md states the same values.</summary>
internal static class FlagThresholds
{
    /// <summary>A load longer than this means the model was loaded for the request.</summary>
    public const double ColdLoadSeconds = 0.5;

    /// <summary>Faster than any local decode or uncached prefill we expect; a rate above it is measurement noise or a cache.</summary>
    public const double ImplausibleTokensPerSecond = 20_000;

    /// <summary>Shortest duration a rate is judged over, as the decode rates' 1 ms rule.</summary>
    public const double MinimumRateSeconds = 0.001;

    /// <summary>Largest accepted relative difference between the client and server decode rates.</summary>
    public const double RateDisagreement = 0.25;

    /// <summary>Prompt size estimate: one token per this many characters (English text averages about 4).</summary>
    public const int CharactersPerTokenEstimate = 4;

    /// <summary>Below this estimate the truncation check is skipped, because chat templates dominate short prompts.</summary>
    public const int MinimumEstimatedPromptTokens = 32;

    /// <summary>A prompt counts as truncated when the server saw fewer than this share of the estimated tokens.</summary>
    public const double TruncatedPromptShare = 0.5;
}

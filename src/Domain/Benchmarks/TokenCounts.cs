namespace Benchmarker.Domain.Benchmarks;

/// <summary>Token counts as the backend reported them; null when the backend did not report one.</summary>
public sealed record TokenCounts
{
    /// <summary>Prompt tokens after truncation, cached ones included.</summary>
    public int? PromptTokens { get; init; }

    public int? PromptCachedTokens { get; init; }

    /// <summary>Generated tokens, thinking tokens included.</summary>
    public int? CompletionTokens { get; init; }
}

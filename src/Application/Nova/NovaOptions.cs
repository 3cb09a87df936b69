using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Application.Nova;

/// <summary>Ask Nova settings, bound from the <c>Nova</c> configuration section.</summary>
public sealed class NovaOptions
{
    public const string SectionName = "Nova";

    /// <summary>Model used when a request names none; empty means the first model any backend lists.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>Characters of earlier session messages given to the planner and the synthesis; the oldest are dropped first.</summary>
    [Range(0, 1_000_000, ErrorMessage = "Nova:MemoryCharacterBudget must be between 0 and 1000000 characters.")]
    public int MemoryCharacterBudget { get; set; } = 4000;

    /// <summary>Maximum prompt length in characters.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Nova:MaxPromptLength must be between 1 and 10000000 characters.")]
    public int MaxPromptLength { get; set; } = 32_000;

    /// <summary>Maximum tokens each model call may generate when the request does not set <c>max_tokens</c>.</summary>
    [Range(1, 4096, ErrorMessage = "Nova:DefaultMaxTokens must be between 1 and 4096.")]
    public int DefaultMaxTokens { get; set; } = 256;
}

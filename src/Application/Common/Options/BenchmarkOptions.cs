using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Application.Common.Options;

/// <summary>Limits of benchmark runs, bound from the <c>Benchmark</c> configuration section.</summary>
public sealed class BenchmarkOptions
{
    public const string SectionName = "Benchmark";

    /// <summary>Maximum prompt length in characters.</summary>
    [Range(1, 10_000_000)]
    public int MaxPromptLength { get; set; } = 32_000;

    /// <summary>Maximum number of distinct models in one run.</summary>
    [Range(1, 100)]
    public int MaxModels { get; set; } = 10;

    /// <summary>Overall time one model may take, load included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Runs that may execute at once; further background runs get 429.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRuns { get; set; } = 2;
}

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

    /// <summary>
    /// Maximum number of run documents in one import request; the import command splits larger
    /// folders into batches of this size. A run file of the original tool is about 3 to 6 KB.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxImportDocuments { get; set; } = 1000;
}

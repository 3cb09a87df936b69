using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Application.Common.Options;

/// <summary>Limits of benchmark runs, bound from the <c>Benchmark</c> configuration section.</summary>
public sealed class BenchmarkOptions
{
    public const string SectionName = "Benchmark";

    /// <summary>Maximum prompt length in characters.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Benchmark:MaxPromptLength must be between 1 and 10000000 characters.")]
    public int MaxPromptLength { get; set; } = 32_000;

    /// <summary>Maximum number of distinct models in one run.</summary>
    [Range(1, 100, ErrorMessage = "Benchmark:MaxModels must be between 1 and 100.")]
    public int MaxModels { get; set; } = 10;

    /// <summary>Overall time one model may take, load included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "Benchmark:ModelTimeout must be between 1 second and 1 day, for example 00:10:00.")]
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Runs that may execute at once; further background runs get 429.</summary>
    [Range(1, 64, ErrorMessage = "Benchmark:MaxConcurrentRuns must be between 1 and 64.")]
    public int MaxConcurrentRuns { get; set; } = 2;

    /// <summary>
    /// Maximum number of run documents in one import request; the import command splits larger
    /// folders into batches of this size. A run file of the original tool is about 3 to 6 KB.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Benchmark:MaxImportDocuments must be between 1 and 100000.")]
    public int MaxImportDocuments { get; set; } = 1000;
}

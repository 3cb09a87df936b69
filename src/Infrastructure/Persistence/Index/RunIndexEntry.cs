using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// What the history needs of one stored run, kept in memory so a query never opens a run file.
/// <see cref="PromptLower"/> contains at most <see cref="PromptPrefixLength"/> characters of the prompt
/// in lower case. A longer prompt sets <see cref="PromptTruncated"/>, and a search that misses the
/// prefix then reads the file.
/// </summary>
internal sealed record RunIndexEntry
{
    public const int PromptPrefixLength = 4096;

    public required BenchmarkRunSummary Summary { get; init; }

    /// <summary>File that contains the run, relative to the store directory (a legacy file keeps its own name).</summary>
    public required string FileName { get; init; }

    /// <summary>Normalised model names (":latest" added to names without a tag).</summary>
    public required IReadOnlyList<string> NormalizedModels { get; init; }

    public required string PromptLower { get; init; }

    public bool PromptTruncated { get; init; }

    /// <summary>Sort key of the prompt column: the lower-case excerpt.</summary>
    public required string PromptKey { get; init; }

    /// <summary>Sort key of the models column: the model names joined by commas, lower case.</summary>
    public required string ModelsKey { get; init; }

    /// <summary>Length and last write time of the file when it was indexed, to detect a stale persisted index.</summary>
    public long FileLength { get; init; }

    public long FileWriteTicks { get; init; }

    public string Id => Summary.Id;

    public static RunIndexEntry From(BenchmarkRun run, string fileName, long fileLength, long fileWriteTicks)
    {
        ArgumentNullException.ThrowIfNull(run);

        var prompt = run.Prompt.Length > PromptPrefixLength ? run.Prompt[..PromptPrefixLength] : run.Prompt;
        var summary = BenchmarkRunSummary.From(run);

        return new RunIndexEntry
        {
            Summary = summary,
            PromptKey = HistorySortKeys.Prompt(summary),
            ModelsKey = HistorySortKeys.Models(summary),
            FileName = fileName,
            NormalizedModels = run.Results.Select(result => ModelNames.Normalize(result.Model)).Distinct().ToList(),
            PromptLower = prompt.ToLowerInvariant(),
            PromptTruncated = run.Prompt.Length > PromptPrefixLength,
            FileLength = fileLength,
            FileWriteTicks = fileWriteTicks,
        };
    }
}

namespace Benchmarker.Domain.Benchmarks;

/// <summary>One row of the history: enough to list, sort and filter runs without loading whole documents.</summary>
public sealed record BenchmarkRunSummary
{
    public const int PromptExcerptLength = 120;

    public required string Id { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public required string PromptExcerpt { get; init; }

    public IReadOnlyList<string> Models { get; init; } = [];

    public bool Success { get; init; }

    public int ResultCount { get; init; }

    public int FailedCount { get; init; }

    /// <summary>Smallest time to first token among successful results, in seconds.</summary>
    public double? BestTimeToFirstToken { get; init; }

    /// <summary>
    /// Largest server decode rate among successful results, else the largest client rate. Results
    /// flagged <see cref="ResultFlags.ImplausibleRate"/> are left out, because their rate is the suspect number.
    /// </summary>
    public double? BestTokensPerSecond { get; init; }

    public static BenchmarkRunSummary From(BenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);

        var succeeded = run.Results.Where(result => result.Success).ToList();

        return new BenchmarkRunSummary
        {
            Id = run.Id,
            Timestamp = run.Timestamp,
            PromptExcerpt = run.Prompt.Length <= PromptExcerptLength ? run.Prompt : run.Prompt[..PromptExcerptLength],
            Models = run.Results.Select(result => result.Model).Distinct().ToList(),
            Success = run.Success,
            ResultCount = run.Results.Count,
            FailedCount = run.Results.Count - succeeded.Count,
            BestTimeToFirstToken = succeeded.Min(result => result.Timing.TimeToFirstToken),
            BestTokensPerSecond = succeeded
                .Where(result => !result.Flags.Contains(ResultFlags.ImplausibleRate))
                .Max(result => result.Throughput.TokensPerSecond ?? result.Throughput.ClientTokensPerSecond),
        };
    }
}

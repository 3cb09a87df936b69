using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Abstractions;

/// <summary>
/// Storage of benchmark runs. Failures to reach the store throw
/// <see cref="Common.Exceptions.StorageUnavailableException"/>.
/// </summary>
public interface IBenchmarkRunRepository
{
    /// <summary>
    /// Saves a new run or replaces the run with the same id. A store wrapped by the outbox returns
    /// <see cref="RunSaveResult.Spooled"/> instead of throwing when the save failed but the run is kept.
    /// </summary>
    Task<RunSaveResult> SaveAsync(BenchmarkRun run, CancellationToken cancellationToken);

    Task<BenchmarkRun?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of run summaries that match the filter, in the filter's order, with the total count.</summary>
    Task<HistoryPage> QueryAsync(HistoryFilter filter, CancellationToken cancellationToken);

    /// <summary>Every whole run that matches the filter (paging ignored), in the filter's order, for export and comparison.</summary>
    IAsyncEnumerable<BenchmarkRun> StreamAsync(HistoryFilter filter, CancellationToken cancellationToken);
}

/// <summary>Which runs to list. A run matches <see cref="Model"/> when any of its results used that model.</summary>
public sealed record HistoryFilter
{
    public int Limit { get; init; } = 50;

    public int Offset { get; init; }

    public string? Model { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public bool? Success { get; init; }

    /// <summary>Case-insensitive text the prompt must contain.</summary>
    public string? PromptContains { get; init; }

    public HistorySortField SortBy { get; init; } = HistorySortField.Timestamp;

    public bool Descending { get; init; } = true;

    /// <summary>
    /// <see cref="HistoryPage.NextCursor"/> of the previous page, to continue after its last item
    /// (keyset paging). It must have been made for the same sort and cannot be combined with a non-zero <see cref="Offset"/>.
    /// </summary>
    public string? Cursor { get; init; }
}

/// <summary>Columns the history can be sorted by; ties are broken by timestamp, newest first.</summary>
public enum HistorySortField
{
    Timestamp,
    Prompt,
    Models,
    Success,
    BestTimeToFirstToken,
    BestTokensPerSecond,
}

/// <summary>One page of the history. <see cref="Total"/> counts every match, not only those after a cursor.</summary>
public sealed record HistoryPage(IReadOnlyList<BenchmarkRunSummary> Items, int Total, int Limit, int Offset)
{
    /// <summary>Cursor of the page after this one; null when no item follows the last item of this page, or the page is empty.</summary>
    public string? NextCursor { get; init; }
}

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Abstractions;

/// <summary>Sort keys of the text columns, shared by both stores and the history cursor so all three order alike.</summary>
public static class HistorySortKeys
{
    /// <summary>Returns the prompt excerpt in lower case; stores compare it ordinally.</summary>
    public static string Prompt(BenchmarkRunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);

        return summary.PromptExcerpt.ToLowerInvariant();
    }

    /// <summary>Returns the model names joined by commas, in lower case; stores compare it ordinally.</summary>
    public static string Models(BenchmarkRunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);

        return string.Join(",", summary.Models).ToLowerInvariant();
    }
}

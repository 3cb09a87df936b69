using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// Applies a <see cref="HistoryFilter"/> to index entries. <c>From</c> and <c>To</c> are both
/// inclusive. A prompt search answers "maybe" for a truncated prompt whose prefix does not contain
/// the text, so the caller checks the whole prompt in the file.
/// </summary>
internal sealed class HistoryMatcher(HistoryFilter filter)
{
    private readonly string? model = string.IsNullOrWhiteSpace(filter.Model) ? null : ModelNames.Normalize(filter.Model);

    private readonly string? promptLower = string.IsNullOrEmpty(filter.PromptContains) ? null : filter.PromptContains.ToLowerInvariant();

    public string? PromptLower => promptLower;

    /// <summary>False when the filter selects every run, so no scan is needed.</summary>
    public bool HasCriteria => filter.From is not null || filter.To is not null || filter.Success is not null || model is not null || promptLower is not null;

    public bool MatchesWithoutPrompt(RunIndexEntry entry)
    {
        var summary = entry.Summary;

        if (filter.From is { } from && summary.Timestamp < from)
        {
            return false;
        }

        if (filter.To is { } to && summary.Timestamp > to)
        {
            return false;
        }

        if (filter.Success is { } success && summary.Success != success)
        {
            return false;
        }

        return model is null || ContainsModel(entry.NormalizedModels, model);
    }

    private static bool ContainsModel(IReadOnlyList<string> models, string model)
    {
        for (var i = 0; i < models.Count; i++)
        {
            if (string.Equals(models[i], model, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True, false, or null when only the whole prompt in the file can tell.</summary>
    public bool? MatchesPrompt(RunIndexEntry entry)
    {
        if (promptLower is null || entry.PromptLower.Contains(promptLower, StringComparison.Ordinal))
        {
            return true;
        }

        return entry.PromptTruncated ? null : false;
    }
}

using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// Applies a <see cref="HistoryFilter"/> to a <see cref="SortedView"/>. <c>From</c> and <c>To</c> are
/// both inclusive. A prompt search answers "maybe" (null) for a truncated prompt whose prefix does not
/// contain the text, so the caller checks the whole prompt in the file.
/// </summary>
internal sealed class HistoryMatcher
{
    private readonly HistoryFilter filter;

    private readonly SortedView view;

    private readonly string? model;

    private readonly ulong modelBit;

    private readonly long fromTicks;

    private readonly long toTicks;

    public HistoryMatcher(HistoryFilter filter, SortedView view)
    {
        this.filter = filter;
        this.view = view;
        model = string.IsNullOrWhiteSpace(filter.Model) ? null : ModelNames.Normalize(filter.Model);
        PromptLower = string.IsNullOrEmpty(filter.PromptContains) ? null : filter.PromptContains.ToLowerInvariant();
        fromTicks = filter.From?.UtcTicks ?? long.MinValue;
        toTicks = filter.To?.UtcTicks ?? long.MaxValue;

        // A model no run used gets no bit, so nothing matches it.
        modelBit = model is not null && view.ModelBits.TryGetValue(model, out var bit) ? 1UL << Math.Min(bit, SortedView.OverflowBit) : 0;
    }

    public string? PromptLower { get; }

    /// <summary>False when the filter selects every run, so no scan is needed.</summary>
    public bool HasCriteria => filter.From is not null || filter.To is not null || filter.Success is not null || model is not null || PromptLower is not null;

    public bool MatchesWithoutPrompt(int position)
    {
        var key = view.Keys[position];

        if (key.UtcTicks < fromTicks || key.UtcTicks > toTicks)
        {
            return false;
        }

        if (filter.Success is { } success && key.Success != success)
        {
            return false;
        }

        if (model is null)
        {
            return true;
        }

        if ((key.ModelMask & modelBit) == 0)
        {
            return false;
        }

        return modelBit != 1UL << SortedView.OverflowBit || view.Entries[position].NormalizedModels.Contains(model, StringComparer.Ordinal);
    }

    /// <summary>True, false, or null when only the whole prompt in the file can tell.</summary>
    public bool? MatchesPrompt(int position)
    {
        if (PromptLower is null || view.Prompts[position].Contains(PromptLower, StringComparison.Ordinal))
        {
            return true;
        }

        return view.Entries[position].PromptTruncated ? null : false;
    }
}

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>Short one-line excerpts of prompts and outputs for step summaries and listings.</summary>
internal static class TextExcerpt
{
    /// <summary>Maximum length of a step's input summary.</summary>
    public const int SummaryLength = 200;

    /// <summary>Collapses whitespace and cuts the text to <paramref name="maxLength"/> characters, an ellipsis included.</summary>
    public static string Of(string text, int maxLength)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= maxLength ? line : string.Concat(line.AsSpan(0, maxLength - 1), "…");
    }

    public static string Summary(string text) => Of(text, SummaryLength);
}

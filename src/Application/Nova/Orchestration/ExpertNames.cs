using System.Text.RegularExpressions;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Cleans one candidate expert name taken from model output, which is untrusted text: markdown and
/// quotes are stripped, a trailing description after ":" or " - " is cut, and the rest must be a
/// short title of letters, digits and simple punctuation.
/// </summary>
internal static partial class ExpertNames
{
    public const int MaxLength = 60;

    private const int MaxWords = 6;

    public static string? Clean(string candidate)
    {
        var name = candidate.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Trim().Trim('"', '\'', '`', '*', '.', ' ');

        var cut = DescriptionSeparator().Match(name);
        if (cut.Success)
        {
            name = name[..cut.Index].Trim();
        }

        name = Whitespace().Replace(name, " ");
        var isTitle = name.Length is > 0 and <= MaxLength
            && name.Split(' ').Length <= MaxWords
            && AllowedName().IsMatch(name);

        return isTitle ? name : null;
    }

    [GeneratedRegex(@":|\s[-–—]\s|\s\(")]
    private static partial Regex DescriptionSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} &/'.+-]*$")]
    private static partial Regex AllowedName();
}

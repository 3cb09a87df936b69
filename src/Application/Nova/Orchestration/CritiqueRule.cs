using System.Text.RegularExpressions;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Decides whether a critique leaves anything to improve, which ends the iterations early. It
/// does not when the critique contains "NO FURTHER IMPROVEMENTS" (any case), or when its
/// IMPROVEMENTS section is present but empty or contains only none, n/a or "-".
/// </summary>
internal static partial class CritiqueRule
{
    public const string NothingToImproveMarker = "NO FURTHER IMPROVEMENTS";

    public static bool FindsNothingToImprove(string critique)
    {
        if (critique.Contains(NothingToImproveMarker, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var heading = ImprovementsHeading().Matches(critique).LastOrDefault();
        if (heading is null)
        {
            return false;
        }

        var rest = critique[(heading.Index + heading.Length)..];
        var next = NextHeading().Match(rest);
        var section = next.Success ? rest[..next.Index] : rest;
        var items = section
            .Split('\n')
            .Select(line => line.Trim().Trim('-', '*', '•', '.', ' ', '\r'))
            .Where(line => line.Length > 0);

        return items.All(item => EmptyItem().IsMatch(item));
    }

    [GeneratedRegex(@"^[\s#*]*IMPROVEMENTS\**[ \t]*(?::\**|$)[ \t]*", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ImprovementsHeading();

    [GeneratedRegex(@"^[\s#*]*[A-Z][A-Z ]{2,}\**\s*:", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^(none|n/?a|nothing|no improvements( needed)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyItem();
}

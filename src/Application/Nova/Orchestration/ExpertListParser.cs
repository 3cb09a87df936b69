using System.Text.Json;
using System.Text.RegularExpressions;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Reads the experts the planner named. Accepted forms, tried in this order: a line
/// "EXPERTS: a; b; c" (also split on "," or "|"), JSON (an array of names, or an object with an
/// "experts" array), then a bulleted or numbered list. Every name goes through
/// <see cref="ExpertNames.Clean"/>, and the next form is tried when no name of a form survives.
/// Duplicates are dropped and at most <see cref="MaxExperts"/> are kept.
/// When nothing usable is found, the result is empty and the caller uses <see cref="FallbackExperts"/>.
/// </summary>
internal static partial class ExpertListParser
{
    public const int MaxExperts = 3;

    /// <summary>Generalists that suit most problems: domain knowledge, the structure of a solution, and carrying it out.</summary>
    public static IReadOnlyList<string> FallbackExperts { get; } = ["Domain Expert", "Software Architect", "Practical Implementer"];

    public static IReadOnlyList<string> Parse(string plannerOutput)
    {
        Func<string, List<string>>[] readers = [FromExpertsLine, FromJson, FromList];
        foreach (var read in readers)
        {
            var names = Clean(read(plannerOutput));
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    private static List<string> Clean(IEnumerable<string> candidates) =>
        candidates
            .Select(ExpertNames.Clean)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxExperts)
            .ToList();

    private static List<string> FromExpertsLine(string text)
    {
        var match = ExpertsLine().Matches(text).LastOrDefault();
        return match is null ? [] : [.. match.Groups[1].Value.Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries)];
    }

    private static List<string> FromJson(string text)
    {
        foreach (var (open, close) in new[] { ('{', '}'), ('[', ']') })
        {
            var start = text.IndexOf(open, StringComparison.Ordinal);
            var end = text.LastIndexOf(close);
            if (start < 0 || end <= start)
            {
                continue;
            }

            var names = ReadJsonNames(text[start..(end + 1)]);
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    private static List<string> ReadJsonNames(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                root = root.EnumerateObject()
                    .FirstOrDefault(p => p.Name.Equals("experts", StringComparison.OrdinalIgnoreCase)).Value;
            }

            return root.ValueKind != JsonValueKind.Array
                ? []
                : [.. root.EnumerateArray().Select(NameOf).OfType<string>()];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object when element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };

    /// <summary>List items after the last heading that mentions experts, or every list item when there is no such heading.</summary>
    private static List<string> FromList(string text)
    {
        var heading = ExpertHeading().Matches(text).LastOrDefault();
        var section = heading is null ? text : text[(heading.Index + heading.Length)..];
        return [.. ListItem().Matches(section).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^[ \t>*#]*EXPERTS?\**[ \t]*[:=-][ \t]*(\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ExpertsLine();

    [GeneratedRegex(@"^(?!\s*(?:[-*•+]|\d{1,2}[.)])\s).*expert.*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ExpertHeading();

    [GeneratedRegex(@"^\s*(?:[-*•+]|\d{1,2}[.)])\s+(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ListItem();
}

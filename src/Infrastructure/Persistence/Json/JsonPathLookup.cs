using System.Text.Json;
using System.Text.RegularExpressions;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Lookup of the element at a path in the form of <see cref="JsonException.Path"/>: "$" followed by
/// ".name", "['odd name']" and "[index]" steps. Find returns null when a step does not match the document.
/// </summary>
internal static partial class JsonPathLookup
{
    public static JsonElement? Find(JsonElement root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var element = root;
        foreach (Match step in StepPattern().Matches(path[1..]))
        {
            JsonElement next = default;
            var found = step.Groups["index"].Success
                ? element.ValueKind == JsonValueKind.Array && TryGetItem(element, int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture), out next)
                : element.ValueKind == JsonValueKind.Object && element.TryGetProperty(NameOf(step), out next);
            if (!found)
            {
                return null;
            }

            element = next;
        }

        return element;
    }

    private static string NameOf(Match step) =>
        step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal);

    private static bool TryGetItem(JsonElement array, int index, out JsonElement item)
    {
        item = default;
        if (index >= array.GetArrayLength())
        {
            return false;
        }

        item = array[index];
        return true;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex StepPattern();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Plain-word rewrite of a System.Text.Json deserialization error, on one line with the JSON path,
/// because its own text names .NET types such as "System.Nullable`1[System.Double]" that a user
/// of the API or of the import command cannot act on.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>
    /// Returns the reason that follows the document's description, such as "has an invalid value at
    /// '$.mode': …". <paramref name="root"/> is the document read, used to name the kind of the bad value.
    /// </summary>
    public static string Describe(JsonException error, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(error);

        var path = error.Path ?? "$";
        if (ConversionPattern().Match(error.Message) is { Success: true } conversion)
        {
            var expected = PlainType(conversion.Groups["type"].Value);
            var found = JsonPathLookup.Find(root, path);
            var reason = $"has an invalid value at '{path}': it must be {expected}";
            return found?.ValueKind == JsonValueKind.Object && expected != "an object"
                ? $"{reason}, not an object. Write the plain value, not an extended-JSON wrapper such as {{\"$numberInt\": \"7\"}}."
                : $"{reason}{FoundText(found)}.";
        }

        if (MissingPattern().Match(error.Message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value;
            return names.Contains(',', StringComparison.Ordinal)
                ? $"is missing the required fields {names} in '{path}': add them."
                : $"is missing the required field {names} in '{path}': add it.";
        }

        return $"is not valid at '{path}': {error.Message}";
    }

    private const int MaxQuotedLength = 40;

    /// <summary>What was found instead, with the value itself for a string or a number (cut to 40 characters).</summary>
    private static string FoundText(JsonElement? found) => found?.ValueKind switch
    {
        JsonValueKind.String => $", not \"{Cut(found.Value.GetString() ?? "")}\"",
        JsonValueKind.Number => $", not {Cut(found.Value.GetRawText())}",
        JsonValueKind.Array => ", but it is an array",
        JsonValueKind.Object => ", but it is an object",
        JsonValueKind.True or JsonValueKind.False => ", but it is true or false",
        _ => "",
    };

    /// <summary>Cuts before a surrogate pair rather than through it, so the message stays valid text.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return text[..length] + "…";
    }

    /// <summary>Plain words for a .NET type name as the serializer writes it in a message.</summary>
    public static string PlainType(string typeName)
    {
        var name = NullablePattern().Match(typeName) is { Success: true } nullable ? nullable.Groups["inner"].Value : typeName;

        return name switch
        {
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64" or "System.Byte" => "a whole number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            "System.DateTimeOffset" or "System.DateTime" => "a date and time such as \"2026-03-01T12:00:00Z\"",
            _ when name.Contains("Dictionary", StringComparison.Ordinal) => "an object",
            _ when name.Contains("List`1", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ => typeof(BenchmarkRun).Assembly.GetType(name) is { IsEnum: true } enumType
                ? "one of " + string.Join(", ", Enum.GetNames(enumType).Select(value => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(value)}\""))
                : "an object",
        };
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.? Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConversionPattern();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullablePattern();
}

using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Finds "NaN", "Infinity" or "-Infinity" written as a string. The shared JSON options read numbers
/// from strings, so such a value becomes a double that the serializer cannot write: saving the run,
/// or listing it in the history, would then throw <see cref="ArgumentException"/>.
/// </summary>
internal static class NonFiniteNumbers
{
    private static readonly string[] Literals = ["NaN", "Infinity", "-Infinity"];

    /// <summary>
    /// Returns the JSON path of the first such string, such as "$.results[0].timing.total_time", when
    /// <paramref name="run"/> cannot be written; null when it can. Documents without the quoted words,
    /// nearly all of them, are passed after one byte search. A text field that is exactly "NaN" may be
    /// named instead of the number field when both occur.
    /// </summary>
    public static string? FindFirst(BenchmarkRun run, ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IndexOf("\"NaN\""u8) < 0 && utf8Json.IndexOf("Infinity\""u8) < 0)
        {
            return null;
        }

        try
        {
            _ = JsonSerializer.SerializeToUtf8Bytes(run, BenchmarkerJson.Options);
            return null;
        }
        catch (ArgumentException)
        {
            var reader = new Utf8JsonReader(utf8Json);
            using var document = JsonDocument.ParseValue(ref reader);
            return Find(document.RootElement, "$") ?? "$";
        }
    }

    private static string? Find(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => Literals.Contains(element.GetString(), StringComparer.Ordinal) ? path : null,
        JsonValueKind.Object => element.EnumerateObject().Select(property => Find(property.Value, $"{path}.{property.Name}")).FirstOrDefault(found => found is not null),
        JsonValueKind.Array => element.EnumerateArray().Select((item, index) => Find(item, $"{path}[{index}]")).FirstOrDefault(found => found is not null),
        _ => null,
    };
}

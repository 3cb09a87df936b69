using System.Text.Json;
using System.Text.Json.Serialization;

namespace Benchmarker.Infrastructure.Serialization;

/// <summary>
/// JSON settings shared by the API and the JSON-file store, so a stored document and an API
/// response have one shape: snake_case names and enum values, as in the original Python tool.
/// </summary>
public static class BenchmarkerJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    /// <summary>Applies the shared settings to options owned by someone else (for example ASP.NET Core's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Benchmarker.Domain.Benchmarks;

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
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitSaveOutcomeWhenUnset);
        return options;
    }

    /// <summary>
    /// Null values are written everywhere else, so a reader sees every field; the save outcome of a
    /// run is the exception, because a stored run would otherwise say "persisted": null about itself.
    /// </summary>
    private static void OmitSaveOutcomeWhenUnset(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(BenchmarkRun))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Name is "persisted" or "warnings")
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }
}

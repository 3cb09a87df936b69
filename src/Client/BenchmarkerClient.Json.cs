using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Benchmarker.Client;

/// <summary>JSON settings the generated client cannot express by itself.</summary>
public partial class BenchmarkerClient
{
    /// <summary>
    /// Every generated property is nullable, and null means "not set": it is left out of the request
    /// so the server applies its default instead of rejecting a null where it expects a value.
    /// The generated enum properties carry a name-based converter that would send "Parallel"; the
    /// server's contract is snake_case ("parallel"). The property-level converters are dropped so the
    /// snake_case converter registered here applies to every enum, nullable ones included.
    /// </summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropEnumPropertyConverters } };
    }

    private static void DropEnumPropertyConverters(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (enumType.IsEnum)
            {
                property.CustomConverter = null;
            }
        }
    }
}

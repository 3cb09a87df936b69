using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Benchmarker.Client;

/// <summary>JSON settings the generated client cannot express by itself.</summary>
public partial class BenchmarkerClient
{
    private static readonly JsonStringEnumConverter SnakeCaseEnums = new(JsonNamingPolicy.SnakeCaseLower);

    /// <summary>
    /// The generated enum properties carry a name-based converter that would send "Parallel"; the
    /// server's contract is snake_case ("parallel"), so every enum property is switched to it here.
    /// </summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UseSnakeCaseEnums } };
    }

    private static void UseSnakeCaseEnums(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (enumType.IsEnum)
            {
                property.CustomConverter = SnakeCaseEnums.CreateConverter(enumType, typeInfo.Options);
            }
        }
    }
}

using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Benchmarker.WebApi.Errors;

/// <summary>
/// Words a JSON binding failure for the person who sent the body: which field, and what kind of
/// value it takes, instead of System.Text.Json's .NET type names.
/// </summary>
internal static partial class JsonErrorDescriber
{
    public static string Describe(JsonException exception)
    {
        var path = exception.Path is { Length: > 0 } and not "$" ? exception.Path : null;
        if (path is null)
        {
            return "The request body is not valid JSON. Send a JSON object such as {\"prompt\":\"Hello\",\"models\":[\"llama3.2\"]}.";
        }

        var expected = FieldType(exception.Message, path) is { } type ? Kind(type) : null;
        return expected is null
            ? $"The value at {path} is not valid JSON. Fix it and send the request again."
            : $"The value at {path} must be {expected}. Fix it and send the request again.";
    }

    /// <summary>
    /// The .NET type of the field at the path. The message names either that type or, when a record is
    /// bound through its constructor, the record, and then the path is followed through its properties.
    /// </summary>
    private static Type? FieldType(string message, string path)
    {
        var match = TargetType().Match(message);
        if (!match.Success || ResolveType(match.Groups["type"].Value) is not { } type)
        {
            return null;
        }

        // A framework type (a number, a list) is the field itself. A Benchmarker type is the record around it.
        if (type.Assembly == typeof(object).Assembly || IsScalar(type))
        {
            return type;
        }

        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = IndexSuffix().Replace(segment, "");
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(candidate => JsonNamingPolicy.SnakeCaseLower.ConvertName(candidate.Name) == name);
            if (property is null)
            {
                return null;
            }

            type = Unwrap(property.PropertyType);
            if (segment.Length != name.Length && ElementType(type) is { } element)
            {
                type = Unwrap(element);
            }
        }

        return type;
    }

    private static string Kind(Type type)
    {
        type = Unwrap(type);
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(name => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(name)}\""));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "a number",
            TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => "a whole number",
            TypeCode.Boolean => "true or false",
            TypeCode.String => "a string",
            _ when ElementType(type) is not null => "an array",
            _ => "an object",
        };
    }

    private static bool IsScalar(Type type) => Unwrap(type) is { } inner && (inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal));

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)
            ? null
            : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();

    /// <summary>Finds a framework or Benchmarker type by the name System.Text.Json printed.</summary>
    private static Type? ResolveType(string name)
    {
        var nullable = NullableElement().Match(name);
        var typeName = nullable.Success ? nullable.Groups["inner"].Value : name;

        return Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name?.StartsWith("Benchmarker.", StringComparison.Ordinal) == true)
            .Select(assembly => assembly.GetType(typeName))
            .FirstOrDefault(type => type is not null);
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.? Path:", RegexOptions.CultureInvariant)]
    private static partial Regex TargetType();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullableElement();

    [GeneratedRegex(@"\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexSuffix();
}

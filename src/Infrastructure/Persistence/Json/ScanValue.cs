using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Moves the reader from a property name to its value and reads it only when its JSON type is the
/// plain one the writer produces. Anything else (null where the model has no null, a number written
/// as a string) returns false, so the file is read by the full serializer, which has the final word.
/// </summary>
internal static class ScanValue
{
    public static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    public static bool TryTimestamp(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return reader.Read() && reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out value);
    }

    public static bool TryBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.Read() && reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : null;
        return value is not null;
    }

    public static bool TryNumber(ref Utf8JsonReader reader, out double? value)
    {
        value = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<string>? TryStrings(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            values.Add(reader.GetString()!);
        }

        return values;
    }
}

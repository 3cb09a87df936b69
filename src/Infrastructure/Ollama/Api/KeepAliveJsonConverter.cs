using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Benchmarker.Infrastructure.Ollama.Api;

/// <summary>
/// Writes keep_alive as a JSON number when the text is a number of seconds ("300", "-1") and as a
/// string otherwise ("5m"): Ollama parses a string only as a Go duration, so "300" as a string is a 400.
/// </summary>
internal sealed class KeepAliveJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDouble().ToString(CultureInfo.InvariantCulture),
            JsonTokenType.Null => null,
            _ => reader.GetString(),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            writer.WriteNumberValue(seconds);
            return;
        }

        writer.WriteStringValue(value);
    }
}

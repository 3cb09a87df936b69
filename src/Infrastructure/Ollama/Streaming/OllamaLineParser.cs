using System.Text;
using System.Text.Json;

namespace Benchmarker.Infrastructure.Ollama.Streaming;

/// <summary>
/// Parses one line of an Ollama stream with <see cref="Utf8JsonReader"/> straight from the bytes:
/// no DOM and no DTO, and strings are allocated only for the fields that are kept.
/// </summary>
internal static class OllamaLineParser
{
    private const double NanosecondsPerSecond = 1_000_000_000d;

    /// <summary>
    /// Parses <paramref name="line"/> (one JSON object without its newline). Returns false with the
    /// reason in <paramref name="problem"/> when the line is not a JSON object or a field has the wrong type.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out OllamaStreamLine parsed, out string? problem)
    {
        parsed = default;
        problem = null;

        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "the line is not a JSON object";
                return false;
            }

            ReadTopLevel(ref reader, ref parsed, line);

            // A second value after the object (for example two objects on one line) makes Read throw.
            reader.Read();
            return true;
        }
        catch (JsonException ex)
        {
            problem = ex.Message;
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader getters throw this for a value of the wrong type or invalid UTF-8 in a string.
            problem = ex.Message;
        }
        catch (FormatException ex)
        {
            problem = ex.Message;
        }

        parsed = default;
        return false;
    }

    private static void ReadTopLevel(ref Utf8JsonReader reader, ref OllamaStreamLine parsed, ReadOnlySpan<byte> line)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("model"u8) || reader.ValueTextEquals("created_at"u8))
            {
                reader.Skip();
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                ReadMessage(ref reader, ref parsed, line);
            }
            else if (reader.ValueTextEquals("response"u8))
            {
                reader.Read();
                parsed.Content = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("done"u8))
            {
                reader.Read();
                parsed.Done = reader.TokenType != JsonTokenType.Null && reader.GetBoolean();
            }
            else
            {
                ReadRareField(ref reader, ref parsed, line);
            }
        }
    }

    private static void ReadRareField(ref Utf8JsonReader reader, ref OllamaStreamLine parsed, ReadOnlySpan<byte> line)
    {
        if (reader.ValueTextEquals("thinking"u8))
        {
            reader.Read();
            parsed.Thinking = ReadText(ref reader);
        }
        else if (reader.ValueTextEquals("done_reason"u8))
        {
            reader.Read();
            parsed.DoneReason = reader.GetString();
        }
        else if (reader.ValueTextEquals("total_duration"u8))
        {
            parsed.TotalDuration = ReadSeconds(ref reader);
        }
        else if (reader.ValueTextEquals("load_duration"u8))
        {
            parsed.LoadDuration = ReadSeconds(ref reader);
        }
        else if (reader.ValueTextEquals("prompt_eval_duration"u8))
        {
            parsed.PromptEvalDuration = ReadSeconds(ref reader);
        }
        else if (reader.ValueTextEquals("eval_duration"u8))
        {
            parsed.EvalDuration = ReadSeconds(ref reader);
        }
        else if (reader.ValueTextEquals("prompt_eval_count"u8))
        {
            parsed.PromptEvalCount = ReadCount(ref reader);
        }
        else if (reader.ValueTextEquals("prompt_eval_cached_count"u8))
        {
            parsed.PromptEvalCachedCount = ReadCount(ref reader);
        }
        else if (reader.ValueTextEquals("eval_count"u8))
        {
            parsed.EvalCount = ReadCount(ref reader);
        }
        else if (reader.ValueTextEquals("tool_calls"u8))
        {
            reader.Read();
            parsed.ToolCalls = ReadRawArray(ref reader, line) ?? parsed.ToolCalls;
        }
        else if (reader.ValueTextEquals("error"u8))
        {
            reader.Read();
            parsed.Error = ReadError(ref reader, line);
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadMessage(ref Utf8JsonReader reader, ref OllamaStreamLine parsed, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("\"message\" is not a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                parsed.Content = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("thinking"u8))
            {
                reader.Read();
                parsed.Thinking = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                reader.Read();
                parsed.ToolCalls = ReadRawArray(ref reader, line);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>Returns the string, or null for JSON null and for "" so empty chunks carry no text.</summary>
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new FormatException($"expected a string but found {reader.TokenType}");
        }

        return reader.ValueSpan.IsEmpty ? null : reader.GetString();
    }

    /// <summary>Reads nanoseconds as seconds; a negative duration is no duration, so it reads as not reported.</summary>
    private static double? ReadSeconds(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var nanoseconds = reader.TryGetInt64(out var whole) ? whole : reader.GetDouble();

        return nanoseconds < 0 ? null : nanoseconds / NanosecondsPerSecond;
    }

    /// <summary>Reads a token count; a negative count reads as not reported rather than reaching the rates.</summary>
    private static int? ReadCount(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var count = reader.GetInt32();

        return count < 0 ? null : count;
    }

    /// <summary>Returns the array's JSON text as sent, or null for null and for an empty array.</summary>
    private static string? ReadRawArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"\"tool_calls\" is not an array but {reader.TokenType}");
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var raw = line[start..(int)reader.BytesConsumed];

        var isEmpty = raw[1..^1].IndexOfAnyExcept(" \t\r\n"u8) < 0;
        return isEmpty ? null : Encoding.UTF8.GetString(raw);
    }

    /// <summary>Returns the error text; an error that is not a string is kept as its JSON text.</summary>
    private static string? ReadError(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>Writes the NDJSON lines of a scripted stream in Ollama's shape for chat or generate.</summary>
internal static class ScriptedLines
{
    private const string CreatedAt = "2026-08-21T10:00:00.123456789Z";

    // Ollama writes non-ASCII text as raw UTF-8, which the multi-byte split tests depend on.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Chunk(string model, bool chat, ScriptedChunk chunk) => Write(writer =>
    {
        Header(writer, model);
        var field = chunk.Channel == ScriptedChannel.Thinking ? "thinking" : null;
        Text(writer, chat, chunk.Channel == ScriptedChannel.Content ? chunk.Text : string.Empty, field, chunk.Text);
        writer.WriteBoolean("done", false);
    });

    public static byte[] Done(string model, bool chat, ScriptedStats stats) => Write(writer =>
    {
        Header(writer, model);
        Text(writer, chat, string.Empty, null, null);
        writer.WriteBoolean("done", true);
        WriteIfSet(writer, "done_reason", stats.DoneReason);
        WriteIfSet(writer, "total_duration", stats.TotalDurationNs);
        WriteIfSet(writer, "load_duration", stats.LoadDurationNs);
        WriteIfSet(writer, "prompt_eval_count", stats.PromptEvalCount);
        WriteIfSet(writer, "prompt_eval_cached_count", stats.PromptEvalCachedCount);
        WriteIfSet(writer, "prompt_eval_duration", stats.PromptEvalDurationNs);
        WriteIfSet(writer, "eval_count", stats.EvalCount);
        WriteIfSet(writer, "eval_duration", stats.EvalDurationNs);
    });

    public static byte[] Error(string message) => Write(writer => writer.WriteString("error", message));

    /// <summary>A chunk line cut off inside a string value, so it is not valid JSON.</summary>
    public static byte[] Malformed(string model) => Encoding.UTF8.GetBytes($"{{\"model\":\"{model}\",\"response\":\"cut of");

    private static void Header(Utf8JsonWriter writer, string model)
    {
        writer.WriteString("model", model);
        writer.WriteString("created_at", CreatedAt);
    }

    private static void Text(Utf8JsonWriter writer, bool chat, string content, string? extraField, string? extraText)
    {
        if (!chat)
        {
            writer.WriteString("response", content);
            if (extraField is not null)
            {
                writer.WriteString(extraField, extraText);
            }

            return;
        }

        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        writer.WriteString("content", content);
        if (extraField is not null)
        {
            writer.WriteString(extraField, extraText);
        }

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is not null)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Legacy;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Reads a run file in the current shape or in the original Python tool's shape. A document with a
/// field only the current shape has (see <see cref="RunDocumentShape"/>) is read in the current shape
/// only, because the legacy reader would keep the run and drop those fields. Throws
/// <see cref="JsonException"/> with a one-line message naming the file and the JSON path when the
/// document cannot be read, or when the run has null in a field that must have a value.
/// </summary>
internal static class RunDocumentReader
{
    public static BenchmarkRun Read(ReadOnlySpan<byte> utf8Json, string fileName) =>
        Read(utf8Json, $"Run file '{fileName}'", Path.GetFileNameWithoutExtension(fileName));

    /// <summary>
    /// Reads a run as <see cref="Read(ReadOnlySpan{byte}, string)"/> does. <paramref name="description"/>
    /// starts the error messages, and <paramref name="idWhenMissing"/> is the id of a document that has
    /// neither "id" nor "_id".
    /// </summary>
    public static BenchmarkRun Read(ReadOnlySpan<byte> utf8Json, string description, string idWhenMissing)
    {
        var run = ReadEitherShape(utf8Json, description, idWhenMissing);

        if (RunNullFields.FindFirst(run) is { } nullField)
        {
            throw new JsonException($"{description} has null in '{nullField}', which must have a value: set one.");
        }

        return NonFiniteNumbers.FindFirst(run, utf8Json) is { } nonFinite
            ? throw new JsonException($"{description} has \"NaN\" or \"Infinity\" at '{nonFinite}', a number JSON cannot store: use null for a missing value.")
            : run;
    }

    /// <summary>
    /// Tries the current shape on the bytes as they are, so a valid run with results is parsed once.
    /// Otherwise the document is inspected to choose the error, an added id or the legacy reader.
    /// </summary>
    private static BenchmarkRun ReadEitherShape(ReadOnlySpan<byte> utf8Json, string description, string idWhenMissing)
    {
        BenchmarkRun? parsed = null;
        JsonException? firstError = null;
        try
        {
            parsed = JsonSerializer.Deserialize<BenchmarkRun>(utf8Json, BenchmarkerJson.Options)
                ?? throw new JsonException($"{description} contains null.");
        }
        catch (JsonException error)
        {
            firstError = error;
        }

        // A current result requires "backend", which the tool never wrote, so only a run without
        // results can parse in both shapes.
        if (parsed is { Results.Count: > 0 })
        {
            return parsed;
        }

        using var document = ParseObject(utf8Json, description);
        var root = document.RootElement;
        if (!RunDocumentShape.HasRunField(root))
        {
            throw new JsonException($"{description} is not a run: it has no \"timestamp\", \"prompt\" or \"results\" field.");
        }

        var isCurrent = RunDocumentShape.IsCurrent(root);
        BenchmarkRun currentShapeRun;
        try
        {
            currentShapeRun = parsed ?? ReadCurrentWithId(root, description, idWhenMissing, firstError!);
        }
        catch (JsonException currentShapeError) when (!isCurrent)
        {
            return ReadLegacy(utf8Json, description, idWhenMissing, currentShapeError);
        }

        // A document with no current-only field that also parses in the current shape is a file of
        // the original tool, because only the legacy reader reads its timestamps as UTC and its
        // python_version. A null in a required field is still rejected, which the legacy reader would hide.
        return isCurrent || RunNullFields.FindFirst(currentShapeRun) is not null
            ? currentShapeRun
            : TryReadLegacy(utf8Json, idWhenMissing) ?? currentShapeRun;
    }

    private static BenchmarkRun ReadCurrentWithId(JsonElement root, string description, string idWhenMissing, JsonException firstError)
    {
        var withId = WithIdWhenMissing(root, idWhenMissing);
        return withId is null ? throw Plain(firstError, root, description) : ReadCurrent(withId, root, description);
    }

    private static BenchmarkRun? TryReadLegacy(ReadOnlySpan<byte> utf8Json, string idWhenMissing)
    {
        try
        {
            var legacy = JsonSerializer.Deserialize<LegacyRunDocument>(utf8Json, BenchmarkerJson.Options);
            return legacy?.Results is null || legacy.Timestamp is null ? null : LegacyRunMapper.Map(legacy, idWhenMissing);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonDocument ParseObject(ReadOnlySpan<byte> utf8Json, string description)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException error)
        {
            throw new JsonException($"{description} is not valid JSON: {error.Message}", error);
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        throw new JsonException($"{description} is not a JSON object: a run is an object with \"timestamp\", \"prompt\" and \"results\".");
    }

    /// <summary>
    /// The document's bytes with "id" added, taken from "_id" or else <paramref name="idWhenMissing"/>,
    /// as the legacy mapper chooses it. Null when the document has "id", so it is read as it is.
    /// </summary>
    private static byte[]? WithIdWhenMissing(JsonElement root, string idWhenMissing)
    {
        if (root.TryGetProperty("id", out _))
        {
            return null;
        }

        var copy = JsonObject.Create(root)!;
        copy["id"] = copy["_id"] is JsonValue storeId && storeId.GetValueKind() == JsonValueKind.String
            ? storeId.GetValue<string>()
            : idWhenMissing;
        return JsonSerializer.SerializeToUtf8Bytes(copy);
    }

    private static BenchmarkRun ReadCurrent(byte[] utf8Json, JsonElement root, string description)
    {
        try
        {
            return JsonSerializer.Deserialize<BenchmarkRun>(utf8Json, BenchmarkerJson.Options)
                ?? throw new JsonException($"{description} contains null.");
        }
        catch (JsonException error) when (!error.Message.StartsWith(description, StringComparison.Ordinal))
        {
            throw Plain(error, root, description);
        }
    }

    private static JsonException Plain(JsonException error, JsonElement root, string description) =>
        error.Message.StartsWith(description, StringComparison.Ordinal)
            ? error
            : new JsonException($"{description} {JsonErrorText.Describe(error, root)}", error);

    private static BenchmarkRun ReadLegacy(ReadOnlySpan<byte> utf8Json, string description, string idWhenMissing, JsonException currentShapeError)
    {
        try
        {
            var legacy = JsonSerializer.Deserialize<LegacyRunDocument>(utf8Json, BenchmarkerJson.Options);
            if (legacy?.Results is null || legacy.Timestamp is null)
            {
                throw currentShapeError;
            }

            return LegacyRunMapper.Map(legacy, idWhenMissing);
        }
        catch (JsonException legacyError) when (legacyError != currentShapeError)
        {
            throw new JsonException($"{currentShapeError.Message} Read as a file of the original tool, it is invalid too: {legacyError.Message}", legacyError);
        }
    }
}

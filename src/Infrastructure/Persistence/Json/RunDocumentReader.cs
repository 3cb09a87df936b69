using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Legacy;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Reads a run file in the current shape, or, when that fails, in the original Python tool's shape.
/// Throws <see cref="JsonException"/> naming the file when neither reading succeeds, or when the run
/// has null in a field that must have a value.
/// </summary>
internal static class RunDocumentReader
{
    public static BenchmarkRun Read(ReadOnlySpan<byte> utf8Json, string fileName) =>
        Read(utf8Json, $"Run file '{fileName}'", Path.GetFileNameWithoutExtension(fileName));

    /// <summary>
    /// Reads a run as <see cref="Read(ReadOnlySpan{byte}, string)"/> does. <paramref name="description"/>
    /// starts the error messages, and <paramref name="legacyIdWhenMissing"/> is the id of a legacy
    /// document that has neither "id" nor "_id".
    /// </summary>
    public static BenchmarkRun Read(ReadOnlySpan<byte> utf8Json, string description, string legacyIdWhenMissing)
    {
        var run = ReadEitherShape(utf8Json, description, legacyIdWhenMissing);

        return RunNullFields.FindFirst(run) is { } nullField
            ? throw new JsonException($"{description} has null in '{nullField}', which must have a value: set one.")
            : run;
    }

    private static BenchmarkRun ReadEitherShape(ReadOnlySpan<byte> utf8Json, string description, string legacyIdWhenMissing)
    {
        try
        {
            return JsonSerializer.Deserialize<BenchmarkRun>(utf8Json, BenchmarkerJson.Options)
                ?? throw new JsonException($"{description} contains null.");
        }
        catch (JsonException currentShapeError)
        {
            return ReadLegacy(utf8Json, description, legacyIdWhenMissing, currentShapeError);
        }
    }

    private static BenchmarkRun ReadLegacy(ReadOnlySpan<byte> utf8Json, string description, string legacyIdWhenMissing, JsonException currentShapeError)
    {
        try
        {
            var legacy = JsonSerializer.Deserialize<LegacyRunDocument>(utf8Json, BenchmarkerJson.Options);
            if (legacy?.Results is null || legacy.Timestamp is null)
            {
                throw currentShapeError;
            }

            return LegacyRunMapper.Map(legacy, legacyIdWhenMissing);
        }
        catch (JsonException legacyError) when (legacyError != currentShapeError)
        {
            throw new JsonException(
                $"{description} is neither a run nor a run of the original tool: {currentShapeError.Message}",
                legacyError);
        }
    }
}

using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Legacy;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Reads a run file in the current shape, or, when that fails, in the original Python tool's shape.
/// Throws <see cref="JsonException"/> naming the file when neither reading succeeds.
/// </summary>
internal static class RunDocumentReader
{
    public static BenchmarkRun Read(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<BenchmarkRun>(utf8Json, BenchmarkerJson.Options)
                ?? throw new JsonException($"Run file '{fileName}' contains null.");
        }
        catch (JsonException currentShapeError)
        {
            return ReadLegacy(utf8Json, fileName, currentShapeError);
        }
    }

    private static BenchmarkRun ReadLegacy(ReadOnlySpan<byte> utf8Json, string fileName, JsonException currentShapeError)
    {
        try
        {
            var legacy = JsonSerializer.Deserialize<LegacyRunDocument>(utf8Json, BenchmarkerJson.Options);
            if (legacy?.Results is null || legacy.Timestamp is null)
            {
                throw currentShapeError;
            }

            return LegacyRunMapper.Map(legacy, Path.GetFileNameWithoutExtension(fileName));
        }
        catch (JsonException legacyError) when (legacyError != currentShapeError)
        {
            throw new JsonException(
                $"Run file '{fileName}' is neither a run nor a run of the original tool: {currentShapeError.Message}",
                legacyError);
        }
    }
}

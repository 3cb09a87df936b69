using System.Runtime.CompilerServices;
using System.Text.Json;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Reads the "results" array for <see cref="RunSummaryScanner"/>: per result the fields that
/// <see cref="BenchmarkRunSummary.From"/> and the index entry use, nothing else. Null means "read
/// the file in full".
/// </summary>
internal static class ResultSummaryScanner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<ModelResult>? TryScanAll(ref Utf8JsonReader reader, ref ScanDocument document)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var results = new List<ModelResult>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || TryScan(ref reader, ref document) is not { } result)
            {
                return null;
            }

            results.Add(result);
        }

        return results;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ModelResult? TryScan(ref Utf8JsonReader reader, ref ScanDocument document)
    {
        var fields = new ScannedResult();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!fields.TryRead(ref reader, ref document))
            {
                return null;
            }
        }

        return fields.ToResult();
    }
}

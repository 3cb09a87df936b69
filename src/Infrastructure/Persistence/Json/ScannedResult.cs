using System.Text.Json;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// The fields of one result that the index needs, filled property by property. Each field may
/// appear once, and model and backend are required, as they are for the full reader.
/// </summary>
internal sealed class ScannedResult
{
    private string? model;
    private string? backend;
    private bool? success;
    private List<string>? flags;
    private RateFields? timing;
    private RateFields? throughput;

    /// <summary>Reads the value of the current property and returns false when the file needs the full reader.</summary>
    public bool TryRead(ref Utf8JsonReader reader, ref ScanDocument document)
    {
        if (reader.ValueTextEquals("model"u8))
        {
            return model is null && ScanValue.TryString(ref reader, out model);
        }

        if (reader.ValueTextEquals("backend"u8))
        {
            return backend is null && ScanValue.TryString(ref reader, out backend);
        }

        if (reader.ValueTextEquals("success"u8))
        {
            return success is null && ScanValue.TryBoolean(ref reader, out success);
        }

        if (reader.ValueTextEquals("flags"u8))
        {
            return flags is null && (flags = ScanValue.TryStrings(ref reader)) is not null;
        }

        if (reader.ValueTextEquals("timing"u8))
        {
            return timing is null && (timing = RateFields.TryScan(ref reader, "time_to_first_token"u8, [])) is not null;
        }

        if (reader.ValueTextEquals("throughput"u8))
        {
            return throughput is null && (throughput = RateFields.TryScan(ref reader, "tokens_per_second"u8, "client_tokens_per_second"u8)) is not null;
        }

        document.SkipResultProperty(ref reader);
        return true;
    }

    public ModelResult? ToResult() => model is null || backend is null
        ? null
        : new ModelResult
        {
            Model = model,
            Backend = backend,
            Success = success ?? false,
            Flags = flags ?? [],
            Timing = new TimingMetrics { TimeToFirstToken = timing?.First },
            Throughput = new ThroughputMetrics { TokensPerSecond = throughput?.First, ClientTokensPerSecond = throughput?.Second },
        };
}

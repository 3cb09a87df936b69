using System.Globalization;
using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;

namespace Benchmarker.Infrastructure.Persistence.Legacy;

/// <summary>
/// Maps a legacy document to a run. The id is "id", else "_id", else the file name without
/// extension. A timestamp without offset is UTC. The run's prompt is the root prompt, else the first
/// result's, else "". A result's prompt_name is a label, not the prompt text, so it is dropped.
/// </summary>
internal static class LegacyRunMapper
{
    public static BenchmarkRun Map(LegacyRunDocument document, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(document);

        var results = (document.Results ?? []).Select(MapResult).ToList();
        var id = FirstNonEmpty(document.Id, document.UnderscoreId) ?? fileStem;

        return new BenchmarkRun
        {
            Id = id,
            Timestamp = ParseTimestamp(document.Timestamp, "timestamp") ?? DateTimeOffset.UnixEpoch,
            Prompt = FirstNonEmpty(document.Prompt, document.Results?.FirstOrDefault()?.Prompt) ?? "",
            SystemInfo = document.SystemInfo is null ? null : MapSystemInfo(document.SystemInfo),
            Results = results,
        };
    }

    private static ModelResult MapResult(LegacyResult result)
    {
        var timing = result.Timing ?? new TimingMetrics();
        var firstToken = timing.TimeToFirstToken ?? timing.TimeToFirstChunk;

        return new ModelResult
        {
            Model = result.Model ?? "",
            Backend = FirstNonEmpty(result.Backend) ?? "ollama",
            Success = result.Success ?? result.Error is null,
            Error = result.Error,
            Timestamp = ParseTimestamp(result.Timestamp, "results[].timestamp") ?? DateTimeOffset.UnixEpoch,
            Prompt = result.Prompt,
            Response = result.Response ?? "",
            Timing = timing with { TimeToFirstToken = firstToken, TimeToFirstChunk = firstToken },
            Throughput = result.Throughput ?? new ThroughputMetrics(),
            SystemImpact = result.SystemImpact,
        };
    }

    private static SystemInfo MapSystemInfo(LegacySystemInfo info) => new()
    {
        Platform = info.Platform,
        Processor = info.Processor,
        RuntimeVersion = FirstNonEmpty(info.RuntimeVersion, info.PythonVersion is null ? null : "Python " + info.PythonVersion),
        Cpu = info.Cpu,
        Memory = info.Memory,
        Gpu = MapGpus(info.Gpu),
    };

    private static List<GpuInfo> MapGpus(JsonElement? gpus)
    {
        if (gpus is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        return array.EnumerateArray()
            .Where(gpu => gpu.ValueKind == JsonValueKind.Object)
            .Select((gpu, index) => new GpuInfo
            {
                Index = index,
                Name = gpu.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            })
            .ToList();
    }

    private static DateTimeOffset? ParseTimestamp(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var value)
            ? value
            : throw new JsonException($"Legacy run field '{field}' has an invalid timestamp '{text}'.");
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}

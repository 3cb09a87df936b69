using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.WebApi.FunctionalTests.Import;

/// <summary>Run documents for the import tests: runs in the API's shape and the original Python tool's files.</summary>
internal static class ImportDocuments
{
    public static string FixtureDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns");

    public static string RunJson(string id) => JsonSerializer.Serialize(Run(id), BenchmarkerJson.Options);

    /// <summary>A run as the MongoDB store keeps it, exported in relaxed extended JSON: "_id" first and a "_summary" with a date.</summary>
    public static string MongoExportJson(string id) =>
        "{\"_id\":\"" + id + "\"," + RunJson(id)[1..^1]
        + ",\"_summary\":{\"timestamp_utc\":{\"$date\":\"2026-03-01T12:00:00Z\"},\"models_key\":\"llama3\"}}";

    public static BenchmarkRun Run(string id) => new()
    {
        Id = id,
        Timestamp = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        Prompt = "What is 2+2?",
        Results =
        [
            new ModelResult
            {
                Model = "llama3",
                Backend = "ollama",
                Success = true,
                Timestamp = new DateTimeOffset(2026, 3, 1, 12, 0, 1, TimeSpan.Zero),
                Response = "4",
                Timing = new TimingMetrics { TimeToFirstToken = 0.25, TimeToFirstChunk = 0.25, TotalTime = 1.5 },
                Throughput = new ThroughputMetrics { TotalChunks = 3, TokensPerSecond = 40 },
            },
        ],
    };

    /// <summary>Name, bytes and write time of every run file in the directory; index.json is the store's cache and left out.</summary>
    public static string Snapshot(string directory) => string.Join("\n", Directory.GetFiles(directory, "*.json")
        .Where(path => Path.GetFileName(path) != "index.json")
        .Order(StringComparer.Ordinal)
        .Select(path => $"{Path.GetFileName(path)} {Convert.ToHexString(File.ReadAllBytes(path))} {File.GetLastWriteTimeUtc(path).Ticks}"));
}

using System.Text;
using System.Text.Json.Nodes;
using Benchmarker.Infrastructure.Persistence.Json;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>
/// A file of the original tool has none of the fields only the current shape has, so it must be
/// mapped by the legacy reader even when it would also parse in the current shape.
/// </summary>
public sealed class LegacyShapeDetectionTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns");

    [Fact]
    public void Every_fixture_reads_as_legacy()
    {
        foreach (var path in Directory.GetFiles(FixtureDirectory, "*.json"))
        {
            var run = RunDocumentReader.Read(File.ReadAllBytes(path), Path.GetFileName(path));

            Assert.StartsWith("Python ", run.SystemInfo?.RuntimeVersion, StringComparison.Ordinal);
            Assert.All(run.Results, result => Assert.Equal("ollama", result.Backend));
        }
    }

    [Fact]
    public void Legacy_run_without_results_reads_as_legacy()
    {
        var document = LegacyDocument("benchmark_20241225_222048.json");
        document["results"] = new JsonArray();

        var run = RunDocumentReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "benchmark_20241225_222048.json");

        Assert.Equal("Python 3.10.0", run.SystemInfo?.RuntimeVersion);
        Assert.Equal(TimeSpan.Zero, run.Timestamp.Offset);
    }

    [Fact]
    public void Legacy_run_with_id_without_results_reads_as_legacy()
    {
        var document = LegacyDocument("benchmark_20241225_222048.json");
        document["results"] = new JsonArray();
        document["id"] = "legacy-1";

        var run = RunDocumentReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "benchmark_20241225_222048.json");

        Assert.Equal("legacy-1", run.Id);
        Assert.Equal("Python 3.10.0", run.SystemInfo?.RuntimeVersion);
    }

    [Fact]
    public void Current_run_without_results_reads_as_current()
    {
        var document = CurrentShapeDocument();
        document["results"] = new JsonArray();

        var run = RunDocumentReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "run-1.json");

        Assert.Equal("run-1", run.Id);
        Assert.Equal(document["sampler_interval_seconds"]!.GetValue<double>(), run.SamplerIntervalSeconds);
    }

    [Fact]
    public void Prompt_naming_current_fields_stays_legacy()
    {
        var document = LegacyDocument("benchmark_20241225_122858.json");
        document["prompt"] = """{"tokens": 1, "flags": [], "parameters": {}, "backend": "x"}""";

        var run = RunDocumentReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "benchmark_20241225_122858.json");

        Assert.Equal("Python 3.10.0", run.SystemInfo?.RuntimeVersion);
        Assert.Equal(document["prompt"]!.GetValue<string>(), run.Prompt);
    }

    private static JsonObject CurrentShapeDocument() => Import.CurrentShapeDocumentTests.FullRunDocument();

    private static JsonObject LegacyDocument(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, fileName)))!.AsObject();
}

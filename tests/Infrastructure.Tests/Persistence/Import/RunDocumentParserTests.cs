using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.Infrastructure.Persistence.Import;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Benchmarker.Infrastructure.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace Benchmarker.Infrastructure.Tests.Persistence.Import;

public sealed class RunDocumentParserTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly RunDocumentParser parser = new();

    [Fact]
    public void Current_run_keeps_its_id_and_fields()
    {
        var run = RunFactory.Run("run-1", Started);

        var result = parser.Parse(Element(JsonSerializer.Serialize(run, BenchmarkerJson.Options)), "imported-0000000000000000");

        Assert.Null(result.Error);
        Assert.Equal(Json(run), Json(result.Run!));
    }

    [Fact]
    public void Mongo_export_drops_summary_dates()
    {
        var run = RunFactory.Run("run-1", Started);
        var exported = MongoRunDocument.ToBson(run).ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.RelaxedExtendedJson });

        var result = parser.Parse(Element(exported), "imported-0000000000000000");

        Assert.Contains("\"$date\"", exported, StringComparison.Ordinal);
        Assert.Null(result.Error);
        Assert.Equal(Json(run), Json(result.Run!));
    }

    [Fact]
    public void Mongo_export_without_id_uses_underscore_id()
    {
        var document = JsonNode.Parse(JsonSerializer.Serialize(RunFactory.Run("run-1", Started), BenchmarkerJson.Options))!.AsObject();
        document.Remove("id");
        document.Insert(0, "_id", "run-from-mongo");
        document["_summary"] = JsonNode.Parse("""{"timestamp_utc":{"$date":"2026-03-01T12:00:00Z"}}""");

        var result = parser.Parse(Element(document.ToJsonString()), "imported-0000000000000000");

        Assert.Null(result.Error);
        Assert.Equal("run-from-mongo", result.Run!.Id);
        Assert.Equal("What is 2+2?", result.Run.Prompt);
    }

    [Fact]
    public void Legacy_run_without_id_takes_given_id()
    {
        var result = parser.Parse(Element("""{"timestamp":"2024-12-25T12:28:58","results":[{"model":"llama3","success":true}]}"""), "imported-0123456789abcdef");

        Assert.Null(result.Error);
        Assert.Equal("imported-0123456789abcdef", result.Run!.Id);
        Assert.Equal("llama3", result.Run.Results[0].Model);
        Assert.Equal(new DateTimeOffset(2024, 12, 25, 12, 28, 58, TimeSpan.Zero), result.Run.Timestamp);
    }

    [Theory]
    [InlineData("[]", "an array, not a JSON object")]
    [InlineData("\"run\"", "a string, not a JSON object")]
    [InlineData("42", "a number, not a JSON object")]
    [InlineData("""{"id":"../etc","timestamp":"2026-03-01T12:00:00Z","prompt":"x"}""", "Run id '../etc' is invalid")]
    [InlineData("""{"id":"run-1","timestamp":"yesterday","prompt":"x"}""", "$.timestamp")]
    [InlineData("""{"name":"not a run"}""", "The document is not a run")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","sampler_interval_seconds":{"$numberDouble":"0.25"}}""", "$.sampler_interval_seconds")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":null}""", "null in 'prompt'")]
    [InlineData("""{"id":null,"timestamp":"2026-03-01T12:00:00Z","prompt":"x"}""", "null in 'id'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":null}""", "null in 'results'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":[null]}""", "null in 'results[0]'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","parameters":null}""", "null in 'parameters'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":[{"model":null,"backend":"ollama"}]}""", "null in 'results[0].model'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":[{"model":"m","backend":"ollama","timing":null}]}""", "null in 'results[0].timing'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":[{"model":"m","backend":"ollama","flags":["ok",null]}]}""", "null in 'results[0].flags[1]'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","results":[{"model":"m","backend":"ollama","timing":{"time_to_first_token":"NaN"}}]}""", "'$.results[0].timing.time_to_first_token'")]
    [InlineData("""{"id":"run-1","timestamp":"2026-03-01T12:00:00Z","prompt":"x","sampler_interval_seconds":"-Infinity"}""", "'$.sampler_interval_seconds'")]
    public void Bad_document_is_rejected_with_reason(string json, string expected)
    {
        var result = parser.Parse(Element(json), "imported-0000000000000000");

        Assert.Null(result.Run);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;

    private static string Json(Domain.Benchmarks.BenchmarkRun run) => JsonSerializer.Serialize(run, BenchmarkerJson.Options);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.Infrastructure.Persistence.Import;
using Benchmarker.Infrastructure.Serialization;
using Benchmarker.Infrastructure.Tests.Persistence.Contract;

namespace Benchmarker.Infrastructure.Tests.Persistence.Import;

/// <summary>
/// A document with fields only the current run shape has must never be read as a file of the
/// original tool, because that reader keeps the run but drops those fields.
/// </summary>
public sealed class CurrentShapeDocumentTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly RunDocumentParser parser = new();

    [Theory]
    [InlineData("results.0.tokens.prompt_tokens", """{"$numberInt":"7"}""", "'$.results[0].tokens.prompt_tokens': it must be a whole number")]
    [InlineData("results.0.tokens.completion_tokens", "\"many\"", "'$.results[0].tokens.completion_tokens': it must be a whole number")]
    [InlineData("sampler_interval_seconds", """{"$numberDouble":"0.25"}""", "'$.sampler_interval_seconds': it must be a number")]
    [InlineData("results.0.timing.total_time", "\"slow\"", "'$.results[0].timing.total_time': it must be a number")]
    [InlineData("mode", "\"fast\"", "'$.mode': it must be one of \"sequential\", \"parallel\"")]
    [InlineData("timestamp", "\"yesterday\"", "'$.timestamp': it must be a date and time")]
    public void Bad_value_is_rejected_with_path(string field, string badValue, string expected)
    {
        var document = FullRunDocument();
        Set(document, field, JsonNode.Parse(badValue));

        var result = parser.Parse(Element(document), "imported-0000000000000000");

        Assert.Null(result.Run);
        Assert.StartsWith("The document has an invalid value at ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_without_id_keeps_every_field()
    {
        var run = FullRun.Create("run-1", Started);
        var document = FullRunDocument();
        document.Remove("id");

        var result = parser.Parse(Element(document), "imported-0123456789abcdef");

        Assert.Null(result.Error);
        Assert.Equal(Json(run with { Id = "imported-0123456789abcdef" }), Json(result.Run!));
    }

    [Fact]
    public void Result_without_backend_names_field()
    {
        var document = FullRunDocument();
        document["results"]![0]!.AsObject().Remove("backend");

        var result = parser.Parse(Element(document), "imported-0000000000000000");

        Assert.Null(result.Run);
        Assert.Contains("missing the required field 'backend'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Benchmarker.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_without_model_and_backend_names_both()
    {
        var document = FullRunDocument();
        document["results"]![0]!.AsObject().Remove("backend");
        document["results"]![0]!.AsObject().Remove("model");

        var result = parser.Parse(Element(document), "imported-0000000000000000");

        Assert.Null(result.Run);
        Assert.Contains("missing the required fields 'model', 'backend' in '$.results[0]': add them.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":"not a run","size":3}""")]
    public void Object_without_run_fields_is_not_a_run(string json)
    {
        var result = parser.Parse(Element(JsonNode.Parse(json)!.AsObject()), "imported-0000000000000000");

        Assert.Null(result.Run);
        Assert.Equal("The document is not a run: it has no \"timestamp\", \"prompt\" or \"results\" field.", result.Error);
    }

    internal static JsonObject FullRunDocument() =>
        JsonNode.Parse(JsonSerializer.Serialize(FullRun.Create("run-1", Started), BenchmarkerJson.Options))!.AsObject();

    /// <summary>Sets a value at a dotted path whose numeric parts are array indexes, such as "results.0.tokens.prompt_tokens".</summary>
    internal static void Set(JsonObject document, string field, JsonNode? value)
    {
        var parts = field.Split('.');
        JsonNode node = document;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        node[parts[^1]] = value;
    }

    private static JsonElement Element(JsonObject document) => JsonDocument.Parse(document.ToJsonString()).RootElement;

    private static string Json(Domain.Benchmarks.BenchmarkRun run) => JsonSerializer.Serialize(run, BenchmarkerJson.Options);
}

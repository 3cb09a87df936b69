using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Benchmarker.WebApi.FunctionalTests.Benchmarks;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Benchmarker.WebApi.OpenApi;

namespace Benchmarker.WebApi.FunctionalTests.OpenApi;

public sealed partial class OpenApiDocumentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string RefreshCommand = "dotnet build src/WebApi -p:UpdateOpenApi=true";

    [Fact]
    public async Task Live_document_matches_committed()
    {
        var live = OpenApiDocumentText.Normalise(await ReadLiveDocumentAsync());
        var committed = OpenApiDocumentText.Normalise(await File.ReadAllTextAsync(CommittedPath));

        Assert.True(
            JsonNode.DeepEquals(live, committed),
            $"src/Client/openapi.json is out of date with the endpoints. Refresh it with `{RefreshCommand}` and commit the result.");
    }

    [Fact]
    public async Task Schemas_are_snake_case()
    {
        var schemas = JsonNode.Parse(await ReadLiveDocumentAsync())!["components"]!["schemas"]!.AsObject();

        foreach (var (name, schema) in schemas)
        {
            foreach (var (property, _) in schema!["properties"]?.AsObject() ?? [])
            {
                Assert.True(SnakeCase().IsMatch(property), $"{name}.{property} is not snake_case");
            }

            foreach (var value in schema["enum"]?.AsArray() ?? [])
            {
                Assert.True(SnakeCase().IsMatch(value!.GetValue<string>()), $"{name} value {value} is not snake_case");
            }
        }
    }

    [Fact]
    public async Task Real_run_fields_are_described()
    {
        using var client = fixture.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "llama3.2" } });
        var run = await RunBenchmarkTests.ReadJsonAsync(response, HttpStatusCode.OK);
        var schemas = JsonNode.Parse(await ReadLiveDocumentAsync())!["components"]!["schemas"]!;

        AssertDescribed(run, schemas["BenchmarkRun"]!, "run");
        AssertDescribed(run.GetProperty("results")[0], schemas["ModelResult"]!, "results[0]");
        AssertDescribed(run.GetProperty("results")[0].GetProperty("timing"), schemas["TimingMetrics"]!, "timing");
        AssertDescribed(run.GetProperty("results")[0].GetProperty("throughput"), schemas["ThroughputMetrics"]!, "throughput");
    }

    [Fact]
    public async Task Operations_declare_ids_and_problems()
    {
        var paths = JsonNode.Parse(await ReadLiveDocumentAsync())!["paths"]!;

        var run = paths["/api/benchmarks/run"]!["post"]!;
        Assert.Equal("RunBenchmark", run["operationId"]!.GetValue<string>());
        Assert.EndsWith("/HttpValidationProblemDetails", ResponseSchema(run, "400"), StringComparison.Ordinal);
        Assert.EndsWith("/ProblemDetails", ResponseSchema(run, "502"), StringComparison.Ordinal);
        Assert.EndsWith("/ProblemDetails", ResponseSchema(run, "503"), StringComparison.Ordinal);

        var byId = paths["/api/benchmarks/history/{id}"]!["get"]!;
        Assert.Equal("GetBenchmarkById", byId["operationId"]!.GetValue<string>());
        Assert.EndsWith("/ProblemDetails", ResponseSchema(byId, "404"), StringComparison.Ordinal);

        Assert.NotNull(run["responses"]!["400"]!["content"]!["application/problem+json"]);
        Assert.NotNull(run["responses"]!["200"]!["content"]!["application/json"]);

        var delete = paths["/api/nova/sessions/{id}"]!["delete"]!;
        Assert.NotNull(delete["responses"]!["204"]);
    }

    private static string CommittedPath => Path.Combine(AppContext.BaseDirectory, "OpenApi", "openapi.json");

    private async Task<string> ReadLiveDocumentAsync()
    {
        using var client = fixture.CreateClient();
        return await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    private static string ResponseSchema(JsonNode operation, string status) =>
        operation["responses"]![status]!["content"]!.AsObject().First().Value!["schema"]!["$ref"]!.GetValue<string>();

    private static void AssertDescribed(JsonElement value, JsonNode schema, string path)
    {
        var described = schema["properties"]!.AsObject().Select(property => property.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var property in value.EnumerateObject())
        {
            Assert.True(described.Contains(property.Name), $"{path}.{property.Name} is in the response but not in the schema");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}

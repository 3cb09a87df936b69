using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Import;

/// <summary>POST /api/benchmarks/import against a host with its own empty JSON store.</summary>
public sealed class ImportEndpointTests : IAsyncLifetime
{
    private IsolatedApi? api;

    private IsolatedApi Api => api ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => api = await IsolatedApi.StartAsync();

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task Array_of_runs_imports_each()
    {
        var report = await ImportAsync($"[{ImportDocuments.RunJson("run-a")},{ImportDocuments.RunJson("run-b")}]");

        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        Assert.Equal(["$[0]", "$[1]"], Lines(report).Select(line => line.GetProperty("source").GetString()));
        Assert.All(Lines(report), line => Assert.Equal("imported", line.GetProperty("outcome").GetString()));
        await AssertStoredAsync("run-a");
        await AssertStoredAsync("run-b");
    }

    [Fact]
    public async Task Single_object_imports()
    {
        var report = await ImportAsync(ImportDocuments.RunJson("run-a"));

        var line = Assert.Single(Lines(report));
        Assert.Equal("$", line.GetProperty("source").GetString());
        Assert.Equal("run-a", line.GetProperty("id").GetString());
        Assert.Equal("imported", line.GetProperty("outcome").GetString());
        await AssertStoredAsync("run-a");
    }

    [Fact]
    public async Task Bad_document_is_rejected_beside_good_ones()
    {
        var bad = """{"id":"run-bad","timestamp":"yesterday","prompt":"x"}""";

        var report = await ImportAsync($"[{ImportDocuments.RunJson("run-a")},{bad},42,{ImportDocuments.RunJson("run-b")}]");

        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal(2, report.GetProperty("rejected").GetInt32());
        var lines = Lines(report);
        Assert.Equal("rejected", lines[1].GetProperty("outcome").GetString());
        Assert.Contains("$.timestamp", lines[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("rejected", lines[2].GetProperty("outcome").GetString());
        Assert.Contains("a number, not a JSON object", lines[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        await AssertStoredAsync("run-b");
    }

    [Theory]
    [InlineData("tokens", "prompt_tokens", """{"$numberInt":"7"}""", "'$.results[0].tokens.prompt_tokens': it must be a whole number, not an object")]
    [InlineData("tokens", "completion_tokens", "\"many\"", "'$.results[0].tokens.completion_tokens': it must be a whole number, not \"many\"")]
    [InlineData(null, "sampler_interval_seconds", """{"$numberDouble":"0.25"}""", "'$.sampler_interval_seconds': it must be a number, not an object")]
    public async Task Current_run_with_bad_value_is_rejected(string? resultPart, string field, string badValue, string expected)
    {
        var document = JsonNode.Parse(ImportDocuments.RunJson("run-bad"))!.AsObject();
        var parent = resultPart is null ? document : document["results"]![0]![resultPart]!.AsObject();
        parent[field] = JsonNode.Parse(badValue);

        var report = await ImportAsync(document.ToJsonString());

        var line = Assert.Single(Lines(report));
        Assert.Equal("rejected", line.GetProperty("outcome").GetString());
        Assert.StartsWith("The document has an invalid value at ", line.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(expected, line.GetProperty("reason").GetString(), StringComparison.Ordinal);
        using var client = Api.CreateClient();
        using var stored = await client.GetAsync("/api/benchmarks/history/run-bad");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Empty_object_is_not_a_run()
    {
        var report = await ImportAsync("{}");

        var line = Assert.Single(Lines(report));
        Assert.Equal("rejected", line.GetProperty("outcome").GetString());
        Assert.Equal("The document is not a run: it has no \"timestamp\", \"prompt\" or \"results\" field.", line.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Second_import_changes_nothing()
    {
        var body = $"[{ImportDocuments.RunJson("run-a")},{ImportDocuments.MongoExportJson("run-m")},{FixtureJson("benchmark_20241225_122858.json")}]";
        var first = await ImportAsync(body);
        var before = ImportDocuments.Snapshot(Api.Factory.DataDirectory);

        var second = await ImportAsync(body);

        Assert.Equal(3, first.GetProperty("imported").GetInt32());
        Assert.Equal(3, second.GetProperty("already_present").GetInt32());
        Assert.All(Lines(second), line => Assert.Equal("already_present", line.GetProperty("outcome").GetString()));
        Assert.Equal(
            Lines(first).Select(line => line.GetProperty("id").GetString()),
            Lines(second).Select(line => line.GetProperty("id").GetString()));
        Assert.Equal(3, Directory.GetFiles(Api.Factory.DataDirectory, "*.json").Length);
        Assert.Equal(before, ImportDocuments.Snapshot(Api.Factory.DataDirectory));
    }

    [Fact]
    public async Task Mongo_export_imports_with_underscore_id()
    {
        var report = await ImportAsync(ImportDocuments.MongoExportJson("run-m"));

        var line = Assert.Single(Lines(report));
        Assert.Equal("imported", line.GetProperty("outcome").GetString());
        var stored = await AssertStoredAsync("run-m");
        Assert.False(stored.TryGetProperty("_summary", out _));
        Assert.Equal(0.25, stored.GetProperty("results")[0].GetProperty("timing").GetProperty("time_to_first_token").GetDouble());
    }

    [Fact]
    public async Task Python_tool_files_import()
    {
        var files = Directory.GetFiles(ImportDocuments.FixtureDirectory, "*.json");

        var report = await ImportAsync("[" + string.Join(",", files.Select(File.ReadAllText)) + "]");

        Assert.Equal(files.Length, report.GetProperty("imported").GetInt32());
        Assert.Contains(Lines(report), line => line.GetProperty("id").GetString() == "20241225_222048");
        Assert.Contains(Lines(report), line => line.GetProperty("id").GetString()!.StartsWith("imported-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_export_imports_into_new_store()
    {
        await ImportAsync($"[{ImportDocuments.RunJson("run-a")},{FixtureJson("benchmark_20241225_222048.json")}]");
        using var client = Api.CreateClient();
        using var export = await client.GetAsync("/api/benchmarks/export?format=json");
        var exported = await export.Content.ReadAsStringAsync();
        await using var other = await IsolatedApi.StartAsync();
        using var otherClient = other.CreateClient();

        using var response = await otherClient.PostAsync("/api/benchmarks/import", new StringContent(exported, Encoding.UTF8, "application/json"));
        var report = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var again = await ImportAsync(exported);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal(["20241225_222048", "run-a"], Lines(report).Select(line => line.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(2, again.GetProperty("already_present").GetInt32());
    }

    [Theory]
    [InlineData("\"runs\"", "The request body is a string")]
    [InlineData("42", "The request body is a number")]
    [InlineData("null", "The request body is null")]
    [InlineData("[]", "The request body is an empty array")]
    [InlineData("[{\"id\":", "not valid JSON at line 1")]
    [InlineData("", "not valid JSON")]
    public async Task Bad_body_is_400_naming_problem(string body, string expected)
    {
        using var client = Api.CreateClient();

        using var response = await client.PostAsync("/api/benchmarks/import", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        var message = HttpAssertions.ErrorsFor(problem, "body");
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("send one run document as a JSON object", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_body_is_415()
    {
        using var client = Api.CreateClient();

        using var response = await client.PostAsync("/api/benchmarks/import", new StringContent(ImportDocuments.RunJson("run-a"), Encoding.UTF8, "text/plain"));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_documents_is_400()
    {
        await using var small = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["Benchmark:MaxImportDocuments"] = "2" });
        using var client = small.CreateClient();
        var body = $"[{ImportDocuments.RunJson("a")},{ImportDocuments.RunJson("b")},{ImportDocuments.RunJson("c")}]";

        using var response = await client.PostAsync("/api/benchmarks/import", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("at most 2", HttpAssertions.ErrorsFor(problem, "documents"), StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(small.Factory.DataDirectory) ? Directory.GetFiles(small.Factory.DataDirectory, "*.json") : []);
    }

    private static string FixtureJson(string name) => File.ReadAllText(Path.Combine(ImportDocuments.FixtureDirectory, name));

    private static List<JsonElement> Lines(JsonElement report) => [.. report.GetProperty("documents").EnumerateArray()];

    private async Task<JsonElement> ImportAsync(string body)
    {
        using var client = Api.CreateClient();
        using var response = await client.PostAsync("/api/benchmarks/import", new StringContent(body, Encoding.UTF8, "application/json"));
        return await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
    }

    private async Task<JsonElement> AssertStoredAsync(string id)
    {
        using var client = Api.CreateClient();
        using var response = await client.GetAsync($"/api/benchmarks/history/{id}");
        return await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
    }
}

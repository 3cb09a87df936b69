using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

public sealed class RunBenchmarkTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Run_then_history_then_by_id()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Why is the sky blue?",
            models = new[] { "llama3.2" },
        });
        var run = await ReadJsonAsync(response, HttpStatusCode.OK);
        var id = run.GetProperty("id").GetString();
        var result = run.GetProperty("results")[0];

        Assert.True(result.GetProperty("success").GetBoolean());
        Assert.Equal("Hello world!", result.GetProperty("response").GetString());
        Assert.Equal(3, result.GetProperty("throughput").GetProperty("total_chunks").GetInt32());
        Assert.True(result.GetProperty("timing").GetProperty("time_to_first_token").GetDouble() > 0);

        using var history = await client.GetAsync("/api/benchmarks/history?limit=5");
        var page = await ReadJsonAsync(history, HttpStatusCode.OK);
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetString());

        using var byId = await client.GetAsync($"/api/benchmarks/history/{id}");
        var stored = await ReadJsonAsync(byId, HttpStatusCode.OK);
        Assert.Equal("Hello world!", stored.GetProperty("results")[0].GetProperty("response").GetString());
    }

    [Fact]
    public async Task Demo_model_runs_on_embedded_engine()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Hello",
            models = new[] { ApiFixture.DemoModelName },
            parameters = new { num_predict = 24, seed = 7 },
        });
        var run = await ReadJsonAsync(response, HttpStatusCode.OK);
        var result = run.GetProperty("results")[0];
        var impact = result.GetProperty("system_impact");

        Assert.True(result.GetProperty("success").GetBoolean(), result.GetProperty("error").ToString());
        Assert.Equal("embedded", result.GetProperty("backend").GetString());
        Assert.Equal(24, result.GetProperty("tokens").GetProperty("completion_tokens").GetInt32());
        Assert.True(result.GetProperty("throughput").GetProperty("tokens_per_second").GetDouble() > 0);
        Assert.NotEmpty(impact.GetProperty("samples").EnumerateArray());

        // The run is shorter than one 50 ms interval, so its CPU figures often come from the final
        // sample alone, which the sampler measures over at least half an interval.
        var cpu = impact.GetProperty("cpu_percent");
        Assert.True(cpu.ValueKind == JsonValueKind.Object, $"no cpu_percent from the window's samples {impact.GetProperty("samples")}");
        Assert.InRange(cpu.GetProperty("mean").GetDouble(), 0, 100);
    }

    internal static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

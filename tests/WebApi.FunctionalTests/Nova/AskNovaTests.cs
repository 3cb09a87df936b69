using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Nova;

/// <summary>Ask Nova through HTTP on the embedded demo model, with 16 tokens per step to stay fast.</summary>
public sealed class AskNovaTests
{
    private const int MaxTokens = 16;

    [Fact]
    public async Task First_ask_creates_session()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        var answer = await AskAsync(client, "Plan a picnic for four people", sessionId: null, ApiFixture.DemoModelName);
        var chain = ChainOf(answer);
        var metrics = answer.GetProperty("metrics");

        Assert.Matches("^[0-9a-f]{32}$", answer.GetProperty("session_id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
        Assert.True(chain.Count >= 5, string.Join("\n", chain));
        Assert.Contains(chain, line => line.StartsWith("PlannerAgent", StringComparison.Ordinal));
        Assert.True(chain.Count(line => line.StartsWith("ExpertAgent", StringComparison.Ordinal)) >= 2, string.Join("\n", chain));
        Assert.Contains(chain, line => line.StartsWith("CriticAgent", StringComparison.Ordinal));
        Assert.StartsWith("SynthesisAgent", chain[^1], StringComparison.Ordinal);
        Assert.Equal(ApiFixture.DemoModelName, metrics.GetProperty("model").GetString());
        Assert.Equal("embedded", metrics.GetProperty("backend").GetString());
        Assert.True(metrics.GetProperty("model_calls").GetInt32() >= 4);
        Assert.True(metrics.GetProperty("completion_tokens").GetInt32() > 0);
        Assert.True(metrics.GetProperty("prompt_tokens").GetInt32() > 0);
        Assert.True(metrics.GetProperty("total_ms").GetDouble() > 0);
    }

    [Fact]
    public async Task Default_model_is_demo_model()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        var answer = await AskAsync(client, "Name a colour", sessionId: null, model: null);

        Assert.Equal(ApiFixture.DemoModelName, answer.GetProperty("metrics").GetProperty("model").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Second_ask_remembers_first()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        var first = await AskAsync(client, "Plan a picnic for four people", sessionId: null, ApiFixture.DemoModelName);
        var sessionId = first.GetProperty("session_id").GetString();
        var second = await AskAsync(client, "And if it rains?", sessionId, ApiFixture.DemoModelName);
        var memory = ChainOf(second)[0];

        Assert.Equal(sessionId, second.GetProperty("session_id").GetString());
        Assert.StartsWith("MemoryAgent", memory, StringComparison.Ordinal);
        Assert.Contains("2 of 2", memory, StringComparison.Ordinal);
        Assert.Contains("Plan a picnic", memory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_lifecycle()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();
        var first = await AskAsync(client, "Plan a picnic", sessionId: null, ApiFixture.DemoModelName);
        var sessionId = first.GetProperty("session_id").GetString();
        await AskAsync(client, "And if it rains?", sessionId, ApiFixture.DemoModelName);

        using var get = await client.GetAsync($"/api/nova/sessions/{sessionId}");
        var session = await HttpAssertions.ReadJsonAsync(get, HttpStatusCode.OK);
        var roles = session.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()).ToList();
        using var delete = await client.DeleteAsync($"/api/nova/sessions/{sessionId}");
        using var afterDelete = await client.GetAsync($"/api/nova/sessions/{sessionId}");

        Assert.Equal(["user", "assistant", "user", "assistant"], roles);
        Assert.Equal("Plan a picnic", session.GetProperty("messages")[0].GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await HttpAssertions.ReadProblemAsync(afterDelete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Blank_prompt_is_400()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/nova/ask", new { prompt = " " });
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("prompt", HttpAssertions.ErrorsFor(problem, "prompt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_model_is_400()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/nova/ask", new { prompt = "Hi", parameters = new { model = "nothere.gguf" } });
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var message = HttpAssertions.ErrorsFor(problem, "parameters.model");

        Assert.Contains("nothere.gguf", message, StringComparison.Ordinal);
        Assert.Contains(ApiFixture.DemoModelName, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_model_is_502_with_steps()
    {
        await using var api = await IsolatedApi.StartAsync(ollama =>
            ollama.AddModel("flaky:latest", model => model.WithChunks("x").FailNext(500, "model runner has unexpectedly stopped", count: 50)));
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/nova/ask", new { prompt = "Hi", parameters = new { model = "flaky", max_tokens = MaxTokens } });
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadGateway);
        var steps = problem.GetProperty("steps");

        Assert.StartsWith("PlannerAgent", problem.GetProperty("failed_step").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, steps.GetArrayLength());
        Assert.Contains("unexpectedly stopped", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("flaky", problem.GetProperty("model").GetString());
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string prompt, string? sessionId, string? model)
    {
        using var response = await client.PostAsJsonAsync("/api/nova/ask", new
        {
            prompt,
            session_id = sessionId,
            parameters = new { model, max_tokens = MaxTokens },
        });

        return await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
    }

    private static List<string> ChainOf(JsonElement answer) =>
        [.. answer.GetProperty("chain_of_thought").EnumerateArray().Select(line => line.GetString() ?? "")];
}

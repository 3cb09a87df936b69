using System.Net;
using System.Net.Http.Json;
using System.Text;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>Bad run requests get 400 ProblemDetails naming each field, before any model runs.</summary>
public sealed class RunValidationTests(RunValidationFixture fixture) : IClassFixture<RunValidationFixture>
{
    [Fact]
    public async Task Every_failure_reported_at_once()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "   ",
            models = Array.Empty<string>(),
            parameters = new { temperature = 3.0, top_p = 2.0, num_ctx = 0 },
        });
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("empty", HttpAssertions.ErrorsFor(problem, "prompt"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at least one model", HttpAssertions.ErrorsFor(problem, "models"), StringComparison.Ordinal);
        Assert.Contains("3", HttpAssertions.ErrorsFor(problem, "parameters.temperature"), StringComparison.Ordinal);
        Assert.Contains("2", HttpAssertions.ErrorsFor(problem, "parameters.top_p"), StringComparison.Ordinal);
        Assert.Contains("0", HttpAssertions.ErrorsFor(problem, "parameters.num_ctx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompt_over_limit_rejected()
    {
        using var client = fixture.CreateClient();

        using var response = await Run(client, new string('a', RunValidationFixture.MaxPromptLength + 1), ApiFixture.ScriptedModelName);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains(RunValidationFixture.MaxPromptLength.ToString(System.Globalization.CultureInfo.InvariantCulture), HttpAssertions.ErrorsFor(problem, "prompt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_models_rejected()
    {
        using var client = fixture.CreateClient();

        using var response = await Run(client, "Hi", "a", "b", "c", "d");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("at most 3", HttpAssertions.ErrorsFor(problem, "models"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_models_rejected()
    {
        using var client = fixture.CreateClient();

        using var response = await Run(client, "Hi", "llama3.2", "llama3.2:latest");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("twice", HttpAssertions.ErrorsFor(problem, "models"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../etc/passwd.gguf")]
    [InlineData("UPPER CASE")]
    [InlineData("")]
    public async Task Bad_model_name_rejected(string name)
    {
        using var client = fixture.CreateClient();

        using var response = await Run(client, "Hi", name);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("not a valid model name", HttpAssertions.ErrorsFor(problem, "models[0]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_model_names_installed()
    {
        using var client = fixture.CreateClient();

        using var response = await Run(client, "Hi", "mistral:7b");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var message = HttpAssertions.ErrorsFor(problem, "models");

        Assert.Contains("mistral:7b", message, StringComparison.Ordinal);
        Assert.Contains(ApiFixture.ScriptedModelName, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_rejected()
    {
        using var client = fixture.CreateClient();

        using var content = new StringContent("{\"prompt\":\"Hi\",\"models\":[", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/benchmarks/run", content);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("models", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_type_names_field()
    {
        using var client = fixture.CreateClient();

        using var content = new StringContent(
            "{\"prompt\":\"Hi\",\"models\":[\"llama3.2\"],\"parameters\":{\"temperature\":\"hot\"}}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/benchmarks/run", content);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("temperature", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Run(HttpClient client, string prompt, params string[] models) =>
        client.PostAsJsonAsync("/api/benchmarks/run", new { prompt, models });
}

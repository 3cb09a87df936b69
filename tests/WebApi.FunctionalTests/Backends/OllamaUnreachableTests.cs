using System.Net;
using System.Net.Http.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Backends;

/// <summary>With Ollama's port closed, Ollama requests get 502 and the embedded engine keeps serving.</summary>
public sealed class OllamaUnreachableTests(OllamaUnreachableFixture fixture) : IClassFixture<OllamaUnreachableFixture>
{
    [Fact]
    public async Task Run_on_ollama_is_502()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "llama3.2" } });
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadGateway);

        Assert.Contains(fixture.OllamaUrl, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ollama", problem.GetProperty("backend").GetString());
    }

    [Fact]
    public async Task Models_lists_embedded_and_status()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/models");
        var catalog = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var ollama = catalog.GetProperty("backends").EnumerateArray().Single(status => status.GetProperty("backend").GetString() == "ollama");

        Assert.Contains(catalog.GetProperty("models").EnumerateArray(), model => model.GetProperty("name").GetString() == ApiFixture.DemoModelName);
        Assert.False(ollama.GetProperty("available").GetBoolean());
        Assert.False(string.IsNullOrEmpty(ollama.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Run_page_warning_ends_once()
    {
        using var client = fixture.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("is not available at", page, StringComparison.Ordinal);
        Assert.Contains("Ollama__BaseUrl.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ollama__BaseUrl..", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_is_degraded_with_reason()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var report = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var backends = report.GetProperty("checks").GetProperty("backends");

        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", backends.GetProperty("status").GetString());
        Assert.Contains(fixture.OllamaUrl, backends.GetProperty("data").GetProperty("ollama").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_is_200()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>A host whose Ollama:BaseUrl is a closed port of 127.0.0.1.</summary>
public sealed class OllamaUnreachableFixture : IAsyncLifetime
{
    private IsolatedApi? api;

    public string OllamaUrl { get; } = ClosedPort.Url();

    public HttpClient CreateClient() => (api ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();

    public async Task InitializeAsync()
    {
        api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Ollama:BaseUrl"] = OllamaUrl,
            ["Ollama:MaxRetries"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }
}

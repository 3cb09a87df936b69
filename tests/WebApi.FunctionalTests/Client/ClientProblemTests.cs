using Benchmarker.Client;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Client;

/// <summary>Error responses reach the caller as exceptions carrying the server's ProblemDetails.</summary>
public sealed class ClientProblemTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Invalid_run_is_400_with_errors()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var exception = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(
            () => client.RunBenchmarkAsync(new RunBenchmarkCommand { Prompt = "", Models = [] }));

        Assert.Equal(400, exception.StatusCode);
        Assert.Equal(400, exception.Result.Status);
        Assert.False(string.IsNullOrEmpty(exception.Result.Title));
        Assert.False(string.IsNullOrEmpty(exception.Result.Detail));
        Assert.Contains("prompt", exception.Result.Errors!.Keys);
        Assert.Contains("models", exception.Result.Errors.Keys);
        Assert.True(exception.Result.AdditionalProperties.ContainsKey("traceId"));
    }

    [Fact]
    public async Task Unknown_run_is_404()
    {
        using var http = fixture.CreateClient();
        var client = new BenchmarkerClient(http);

        var exception = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => client.GetBenchmarkByIdAsync("20240101_000000_missing"));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal(404, exception.Result.Status);
        Assert.False(string.IsNullOrEmpty(exception.Result.Title));
        Assert.Contains("20240101_000000_missing", exception.Result.Detail, StringComparison.Ordinal);
        Assert.True(exception.Result.AdditionalProperties.ContainsKey("traceId"));
    }

    [Fact]
    public async Task Unreachable_ollama_is_502()
    {
        await using var factory = new ApiFactory(fixture.Ollama, new Dictionary<string, string?> { ["Ollama:BaseUrl"] = ClosedPort.Url() });
        using var http = factory.CreateClient();
        var client = new BenchmarkerClient(http);

        var exception = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(
            () => client.RunBenchmarkAsync(new RunBenchmarkCommand { Prompt = "Hi", Models = ["llama3.2"] }));

        Assert.Equal(502, exception.StatusCode);
        Assert.Equal(502, exception.Result.Status);
        Assert.Contains("ollama", exception.Result.Title, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(exception.Result.Detail));
        Assert.Equal("ollama", exception.Result.AdditionalProperties["backend"].ToString());
    }
}

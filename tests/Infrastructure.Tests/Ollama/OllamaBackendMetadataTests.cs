using Benchmarker.Infrastructure.Ollama;
using Benchmarker.Infrastructure.Ollama.Api;
using Benchmarker.TestSupport.ScriptedOllama;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaBackendMetadataTests
{
    [Fact]
    public async Task Status_reports_version_and_location()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.Version = "0.33.1";
        using var host = new BackendHost(server.BaseUrl);

        var status = await host.Backend.GetStatusAsync(CancellationToken.None);

        Assert.True(status.Available);
        Assert.Equal("ollama", status.Backend);
        Assert.Equal("0.33.1", status.Version);
        Assert.Equal(server.BaseUrl, status.Location);
        Assert.Null(status.Error);
        Assert.Equal(["/", "/api/version"], server.Requests.Select(request => request.Path));
    }

    [Fact]
    public async Task Model_list_maps_tags_and_skips_cloud_models()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel("llama3.2:latest", model => model.Capabilities.Add("tools"));
        server.AddModel("gpt-oss:120b-cloud", model => model.RemoteHost = "https://ollama.com:443");
        using var host = new BackendHost(server.BaseUrl);

        var models = await host.Backend.ListModelsAsync(CancellationToken.None);

        var model = Assert.Single(models);
        Assert.Equal("llama3.2:latest", model.Name);
        Assert.Equal("ollama", model.Backend);
        Assert.Equal("llama", model.Family);
        Assert.Equal("3.2B", model.ParameterSize);
        Assert.Equal("Q4_K_M", model.QuantizationLevel);
        Assert.Equal(2_019_393_189, model.SizeBytes);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 17, 37, 44, TimeSpan.FromHours(-7)), model.ModifiedAt);
        Assert.Equal(["completion", "tools"], model.Capabilities);
    }

    [Fact]
    public async Task Describe_reads_context_length_for_architecture()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel("qwen3:8b", model =>
        {
            model.Architecture = "qwen3";
            model.ContextLength = 40_960;
            model.ParameterCount = 8_190_735_360;
        });
        using var host = new BackendHost(server.BaseUrl);

        var details = await host.Backend.DescribeModelAsync("qwen3:8b", CancellationToken.None);

        Assert.NotNull(details);
        Assert.Equal("qwen3", details.Architecture);
        Assert.Equal(40_960, details.ContextLength);
        Assert.Equal(8_190_735_360, details.ParameterCount);
        Assert.Equal("Q4_K_M", details.QuantizationLevel);
        Assert.Equal(2_019_393_189, details.SizeBytes);
        Assert.NotNull(details.Digest);
    }

    [Fact]
    public async Task Describe_without_tag_matches_latest()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel("llama3.2:latest");
        using var host = new BackendHost(server.BaseUrl);

        var details = await host.Backend.DescribeModelAsync("llama3.2", CancellationToken.None);

        Assert.Equal("llama3.2:latest", details?.Name);
    }

    [Fact]
    public async Task Describe_unknown_model_returns_null()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        using var host = new BackendHost(server.BaseUrl);

        Assert.Null(await host.Backend.DescribeModelAsync("nope:1b", CancellationToken.None));
    }

    [Fact]
    public async Task Loaded_models_map_memory_and_context()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel("mistral:latest", model =>
        {
            model.IsLoaded = true;
            model.LoadedSizeVramBytes = 1_000;
        });
        server.AddModel("idle:latest");
        using var host = new BackendHost(server.BaseUrl);

        var loaded = Assert.Single(await host.Backend.ListLoadedModelsAsync(CancellationToken.None));

        Assert.Equal("mistral:latest", loaded.Name);
        Assert.Equal(5_137_025_024, loaded.SizeBytes);
        Assert.Equal(1_000, loaded.SizeVramBytes);
        Assert.Equal(4096, loaded.ContextLength);
        Assert.Equal(2318, loaded.ExpiresAt?.Year);
    }

    [Fact]
    public async Task Warm_up_calls_version_once()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        using var host = new BackendHost(server.BaseUrl);

        await host.Backend.WarmUpAsync(CancellationToken.None);
        await host.Backend.WarmUpAsync(CancellationToken.None);

        Assert.Single(server.RequestsTo("/api/version"));
    }

    [Fact]
    public async Task Streaming_call_returns_at_headers()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel("m", model => model.Ending = ScriptedEnding.Hang).WithChunks("first");
        using var host = new BackendHost(server.BaseUrl);
        var api = host.Services.GetRequiredService<IOllamaApi>();
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // The body never ends, so a buffered call would only return when the safety token fires.
        using var response = await api.ChatAsync(new OllamaChatRequest("m", [new OllamaMessage("user", "hi")]), safety.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(safety.Token));
        var line = await reader.ReadLineAsync(safety.Token);

        Assert.False(safety.IsCancellationRequested);
        Assert.Contains("\"content\":\"first\"", line, StringComparison.Ordinal);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("gemma3:4b", true)]
    [InlineData("hf.co/org/model:Q4_K_M", true)]
    [InlineData("tiny.gguf", false)]
    [InlineData("Tiny.GGUF", false)]
    public void Owns_every_name_but_gguf_files(string model, bool expected)
    {
        using var host = new BackendHost("http://127.0.0.1:1");

        Assert.Equal(expected, host.Backend.Owns(model));
        Assert.IsType<OllamaBackend>(host.Backend);
    }
}

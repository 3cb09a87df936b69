using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Embedded;

/// <summary>The in-process llama.cpp engine end to end, on the demo model it writes itself.</summary>
public sealed class EmbeddedEngineTests
{
    private const int DefaultNumPredict = 128;

    [Fact]
    public async Task Demo_model_with_defaults()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hello", models = new[] { ApiFixture.DemoModelName } });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var result = run.GetProperty("results")[0];
        var impact = result.GetProperty("system_impact");

        Assert.True(run.GetProperty("success").GetBoolean());
        Assert.True(result.GetProperty("success").GetBoolean(), result.GetProperty("error").ToString());
        Assert.Equal("embedded", result.GetProperty("backend").GetString());
        Assert.Equal(DefaultNumPredict, result.GetProperty("tokens").GetProperty("completion_tokens").GetInt32());
        Assert.True(result.GetProperty("throughput").GetProperty("tokens_per_second").GetDouble() > 0);
        Assert.NotEmpty(impact.GetProperty("samples").EnumerateArray());
        Assert.True(impact.GetProperty("cpu_percent").GetProperty("peak").GetDouble() >= 0);
        Assert.NotEmpty(impact.GetProperty("cpu_per_core").EnumerateArray());
    }

    [Fact]
    public async Task Corrupt_file_fails_alone()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        // The demo model is written on first use only into a directory without *.gguf files, so
        // listing the models comes before the corrupt file is dropped in.
        using var models = await client.GetAsync("/api/models");
        await HttpAssertions.ReadJsonAsync(models, System.Net.HttpStatusCode.OK);
        await File.WriteAllBytesAsync(Path.Combine(api.Factory.ModelsDirectory, "broken.gguf"), [.. "GGUF"u8, 3, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 1, 2]);

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Hello",
            models = new[] { "broken.gguf", ApiFixture.DemoModelName },
            parameters = new { num_predict = 8 },
        });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var broken = results.Single(r => r.GetProperty("model").GetString() == "broken.gguf");
        var demo = results.Single(r => r.GetProperty("model").GetString() == ApiFixture.DemoModelName);

        Assert.False(run.GetProperty("success").GetBoolean());
        Assert.False(broken.GetProperty("success").GetBoolean());
        Assert.Equal("load_failed", broken.GetProperty("error_kind").GetString());
        Assert.Contains("broken.gguf", broken.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(demo.GetProperty("success").GetBoolean(), demo.GetProperty("error").ToString());
        Assert.Equal(8, demo.GetProperty("tokens").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Models_lists_demo_details()
    {
        await using var api = await IsolatedApi.StartAsync();
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/api/models");
        var catalog = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var demo = catalog.GetProperty("models").EnumerateArray().Single(model => model.GetProperty("name").GetString() == ApiFixture.DemoModelName);

        Assert.Equal("embedded", demo.GetProperty("backend").GetString());
        Assert.Equal("llama", demo.GetProperty("architecture").GetString());
        Assert.False(string.IsNullOrEmpty(demo.GetProperty("parameter_size").GetString()));
        Assert.True(demo.GetProperty("context_length").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(demo.GetProperty("quantization_level").GetString()));
        Assert.Equal(new FileInfo(Path.Combine(api.Factory.ModelsDirectory, ApiFixture.DemoModelName)).Length, demo.GetProperty("size_bytes").GetInt64());
        Assert.Contains(catalog.GetProperty("backends").EnumerateArray(), status => IsAvailable(status, "embedded"));
    }

    private static bool IsAvailable(JsonElement status, string backend) =>
        status.GetProperty("backend").GetString() == backend && status.GetProperty("available").GetBoolean();
}

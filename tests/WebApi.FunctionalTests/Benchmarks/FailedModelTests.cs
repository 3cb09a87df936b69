using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.TestSupport.ScriptedOllama;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>A failing model is reported on its own result and never costs another model its result.</summary>
public sealed class FailedModelTests
{
    private const string Good = "good:latest";

    [Fact]
    public async Task Parallel_pre_stream_500_keeps_other()
    {
        await using var api = await StartAsync(model => model.FailNext(500, "model runner has unexpectedly stopped", count: 10));

        var (run, good, bad) = await RunParallelAsync(api);

        Assert.False(run.GetProperty("success").GetBoolean());
        Assert.True(good.GetProperty("success").GetBoolean(), good.GetProperty("error").ToString());
        Assert.Equal("Hello world", good.GetProperty("response").GetString());
        Assert.False(bad.GetProperty("success").GetBoolean());
        Assert.Contains("unexpectedly stopped", bad.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("server_error", bad.GetProperty("error_kind").GetString());
    }

    [Fact]
    public async Task Parallel_mid_stream_error_keeps_partial()
    {
        await using var api = await StartAsync(model =>
        {
            model.WithChunks("partial", " text");
            model.Ending = ScriptedEnding.ErrorLine;
        });

        var (run, good, bad) = await RunParallelAsync(api);

        Assert.False(run.GetProperty("success").GetBoolean());
        Assert.True(good.GetProperty("success").GetBoolean(), good.GetProperty("error").ToString());
        Assert.False(bad.GetProperty("success").GetBoolean());
        Assert.Equal("partial text", bad.GetProperty("response").GetString());
        Assert.Contains("error was encountered", bad.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(bad.GetProperty("error_kind").GetString()));
    }

    [Fact]
    public async Task End_without_done_is_incomplete()
    {
        await using var api = await StartAsync(model =>
        {
            model.WithChunks("cut", " short");
            model.Ending = ScriptedEnding.EndWithoutDone;
        });

        var (_, good, bad) = await RunParallelAsync(api);

        Assert.True(good.GetProperty("success").GetBoolean(), good.GetProperty("error").ToString());
        Assert.False(bad.GetProperty("success").GetBoolean());
        Assert.Equal("cut short", bad.GetProperty("response").GetString());
        Assert.Contains(bad.GetProperty("flags").EnumerateArray(), flag => flag.GetString() == "incomplete");
        Assert.Equal("incomplete", bad.GetProperty("error_kind").GetString());
    }

    [Fact]
    public async Task Busy_twice_then_accepted()
    {
        await using var api = await StartAsync(model =>
        {
            model.WithChunks("finally", " served");
            model.FailNext(503, "server busy, please try again.  maximum pending requests exceeded", count: 2);
        });

        var (run, good, busy) = await RunParallelAsync(api);

        Assert.True(run.GetProperty("success").GetBoolean());
        Assert.True(good.GetProperty("success").GetBoolean(), good.GetProperty("error").ToString());
        Assert.True(busy.GetProperty("success").GetBoolean(), busy.GetProperty("error").ToString());
        Assert.Equal(2, busy.GetProperty("rejected_attempts").GetInt32());
        Assert.Equal("finally served", busy.GetProperty("response").GetString());
    }

    private static Task<IsolatedApi> StartAsync(Action<ScriptedModel> scriptSecond) => IsolatedApi.StartAsync(ollama =>
    {
        ollama.AddModel(Good, model => model.WithChunks("Hello", " world"));
        ollama.AddModel("second:latest", scriptSecond);
    });

    private static async Task<(JsonElement Run, JsonElement Good, JsonElement Second)> RunParallelAsync(IsolatedApi api)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Say hello",
            models = new[] { Good, "second:latest" },
            mode = "parallel",
        });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("parallel", run.GetProperty("mode").GetString());
        return (run, results.Single(r => r.GetProperty("model").GetString() == Good), results.Single(r => r.GetProperty("model").GetString() == "second:latest"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.TestSupport.ScriptedOllama;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>Every metric field of a run, as the API returns and stores it, against a scripted Ollama.</summary>
public sealed class RunMetricsTests
{
    private const string Model = "metrics-model:latest";

    // Not multiples of 100 ns, so a conversion through TimeSpan ticks would show.
    private static readonly ScriptedStats Stats = new()
    {
        LoadDurationNs = 2_000_123,
        PromptEvalCount = 12,
        PromptEvalDurationNs = 24_000_457,
        EvalCount = 4,
        EvalDurationNs = 40_000_789,
        TotalDurationNs = 66_001_369,
        DoneReason = "stop",
    };

    [Fact]
    public async Task Run_returns_every_metric()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Why is the sky blue?",
            models = new[] { "metrics-model" },
            parameters = new { temperature = 0.25, seed = 42, num_predict = 64 },
        });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var result = run.GetProperty("results")[0];

        Assert.True(run.GetProperty("success").GetBoolean());
        Assert.True(result.GetProperty("success").GetBoolean(), result.GetProperty("error").ToString());
        Assert.Equal("ollama", result.GetProperty("backend").GetString());
        Assert.Equal("Hello brave new world", result.GetProperty("response").GetString());
        AssertClientTiming(result.GetProperty("timing"));
        AssertServerTiming(result.GetProperty("timing"));
        AssertTokens(result.GetProperty("tokens"));
        AssertThroughput(result.GetProperty("throughput"));
        Assert.Equal("stop", result.GetProperty("done_reason").GetString());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("flags").ValueKind);
        Assert.DoesNotContain(result.GetProperty("flags").EnumerateArray(), flag => flag.GetString() == "incomplete");
        Assert.Equal(4, result.GetProperty("chunk_offsets").GetArrayLength());
        Assert.Equal(0, result.GetProperty("rejected_attempts").GetInt32());
        AssertSystemImpact(result.GetProperty("system_impact"));
        AssertModelDetails(result.GetProperty("model_details"));
        Assert.Equal("0.33.0", run.GetProperty("backend_versions").GetProperty("ollama").GetString());
        AssertSystemInfo(run.GetProperty("system_info"));
        Assert.True(run.GetProperty("sampler_interval_seconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Run_is_first_in_history_and_by_id()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "First", models = new[] { Model } });
        await HttpAssertions.ReadJsonAsync(first, HttpStatusCode.OK);
        using var second = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Second", models = new[] { Model } });
        var run = await HttpAssertions.ReadJsonAsync(second, HttpStatusCode.OK);
        var id = run.GetProperty("id").GetString();

        using var history = await client.GetAsync("/api/benchmarks/history");
        var page = await HttpAssertions.ReadJsonAsync(history, HttpStatusCode.OK);
        using var byId = await client.GetAsync($"/api/benchmarks/history/{id}");
        var stored = await HttpAssertions.ReadJsonAsync(byId, HttpStatusCode.OK);

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(id, stored.GetProperty("id").GetString());
        Assert.Equal("Second", stored.GetProperty("prompt").GetString());
        Assert.Equal(
            run.GetProperty("results")[0].GetProperty("timing").GetProperty("eval_duration").GetDouble(),
            stored.GetProperty("results")[0].GetProperty("timing").GetProperty("eval_duration").GetDouble());
    }

    [Fact]
    public async Task Run_sends_typed_options()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Typed",
            models = new[] { Model },
            parameters = new { temperature = 0.25, seed = 42, num_predict = 64, top_k = 20, top_p = 0.9, num_ctx = 2048 },
        });
        await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var sent = api.Ollama.Requests.Last(request => request.Path is "/api/chat" or "/api/generate");
        using var body = JsonDocument.Parse(sent.Body);
        var options = body.RootElement.GetProperty("options");

        Assert.Equal(JsonValueKind.True, body.RootElement.GetProperty("stream").ValueKind);
        Assert.Equal(Model, body.RootElement.GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Number, options.GetProperty("temperature").ValueKind);
        Assert.Equal(0.25, options.GetProperty("temperature").GetDouble());
        Assert.Equal(JsonValueKind.Number, options.GetProperty("seed").ValueKind);
        Assert.Equal(42, options.GetProperty("seed").GetInt32());
        Assert.Equal(64, options.GetProperty("num_predict").GetInt32());
        Assert.Equal(20, options.GetProperty("top_k").GetInt32());
        Assert.Equal(0.9, options.GetProperty("top_p").GetDouble());
        Assert.Equal(2048, options.GetProperty("num_ctx").GetInt32());
    }

    private static Task<IsolatedApi> StartAsync() => IsolatedApi.StartAsync(ollama => ollama.AddModel(Model, model =>
    {
        model.WithChunks("Hello", " brave", " new", " world");
        model.Stats = Stats;

        // Spreads the stream over several 50 ms sampler intervals, so the model's window contains
        // samples of its own rather than only the first sample after its end.
        model.ChunkDelay = TimeSpan.FromMilliseconds(40);
    }));

    private static void AssertClientTiming(JsonElement timing)
    {
        var firstByte = timing.GetProperty("time_to_first_byte").GetDouble();
        var firstToken = timing.GetProperty("time_to_first_token").GetDouble();
        var total = timing.GetProperty("total_time").GetDouble();

        Assert.True(firstByte > 0, $"time_to_first_byte {firstByte}");
        Assert.True(firstToken >= firstByte, $"time_to_first_token {firstToken} before first byte {firstByte}");
        Assert.Equal(firstToken, timing.GetProperty("time_to_first_chunk").GetDouble());
        Assert.True(timing.GetProperty("time_to_first_content").GetDouble() >= firstToken);
        Assert.True(total >= firstToken, $"total_time {total} before first token {firstToken}");
        Assert.True(timing.GetProperty("decode_time").GetDouble() >= 0);
        Assert.True(timing.GetProperty("queue_time").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
        var latency = timing.GetProperty("inter_chunk_latency");
        Assert.True(latency.GetProperty("max").GetDouble() >= latency.GetProperty("p50").GetDouble());
        Assert.True(latency.GetProperty("mean").GetDouble() >= 0);
        Assert.True(latency.GetProperty("p90").GetDouble() >= 0);
        Assert.True(latency.GetProperty("p99").GetDouble() >= 0);
    }

    private static void AssertServerTiming(JsonElement timing)
    {
        Assert.Equal(2_000_123 / 1e9, timing.GetProperty("load_duration").GetDouble());
        Assert.Equal(24_000_457 / 1e9, timing.GetProperty("prompt_eval_duration").GetDouble());
        Assert.Equal(40_000_789 / 1e9, timing.GetProperty("eval_duration").GetDouble());
        Assert.Equal(66_001_369 / 1e9, timing.GetProperty("server_total_duration").GetDouble());
    }

    private static void AssertTokens(JsonElement tokens)
    {
        Assert.Equal(12, tokens.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(4, tokens.GetProperty("completion_tokens").GetInt32());
        Assert.Equal(JsonValueKind.Null, tokens.GetProperty("prompt_cached_tokens").ValueKind);
    }

    private static void AssertThroughput(JsonElement throughput)
    {
        Assert.Equal(4 / (40_000_789 / 1e9), throughput.GetProperty("tokens_per_second").GetDouble(), 9);
        Assert.Equal(12 / (24_000_457 / 1e9), throughput.GetProperty("prompt_tokens_per_second").GetDouble(), 9);
        Assert.Equal(4, throughput.GetProperty("total_chunks").GetInt32());
        Assert.Equal("Hello brave new world".Length, throughput.GetProperty("total_bytes").GetInt64());
        Assert.Equal("Hello brave new world".Length / 4.0, throughput.GetProperty("average_chunk_size").GetDouble());
        Assert.True(throughput.GetProperty("bytes_per_second").GetDouble() > 0);
        Assert.True(throughput.GetProperty("end_to_end_tokens_per_second").GetDouble() > 0);
        Assert.True(throughput.TryGetProperty("client_tokens_per_second", out _));
    }

    private static void AssertSystemImpact(JsonElement impact)
    {
        Assert.NotEmpty(impact.GetProperty("samples").EnumerateArray());
        Assert.True(impact.GetProperty("cpu_percent").GetProperty("peak").GetDouble() >= 0);
        Assert.Equal(Environment.ProcessorCount, impact.GetProperty("cpu_per_core").GetArrayLength());
        Assert.True(impact.GetProperty("memory_used_gb").GetProperty("peak").GetDouble() > 0);
        Assert.True(impact.TryGetProperty("gpu_status", out _));
    }

    private static void AssertModelDetails(JsonElement details)
    {
        Assert.Equal("llama", details.GetProperty("family").GetString());
        Assert.Equal("3.2B", details.GetProperty("parameter_size").GetString());
        Assert.Equal("Q4_K_M", details.GetProperty("quantization_level").GetString());
        Assert.Equal(131_072, details.GetProperty("context_length").GetInt32());
    }

    private static void AssertSystemInfo(JsonElement info)
    {
        Assert.True(info.GetProperty("cpu").GetProperty("total_cores").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(info.GetProperty("runtime_version").GetString()));
        Assert.True(info.GetProperty("memory").GetProperty("total").GetDouble() > 0);
    }
}

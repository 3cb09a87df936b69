using System.Net;
using System.Text.Json;
using Benchmarker.Application.Benchmarks.Background;
using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>The event stream of a background run on the embedded demo model: order, replay and resume.</summary>
public sealed class BackgroundRunEventsTests
{
    private static readonly object DemoRun = new
    {
        prompt = "Hello",
        models = new[] { "tiny-random-llama.gguf" },
        parameters = new { num_predict = 16, seed = 7 },
    };

    [Fact]
    public async Task Events_arrive_in_order()
    {
        await using var api = await BackgroundApi.StartAsync();
        var id = await RunEvents.StartAsync(api.Client, DemoRun);

        var events = await RunEvents.ReadAllAsync(api.Client, id);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(number => (long)number), events.Select(received => received.Id));
        Assert.Equal(["started", "model_started", "first_token"], events.Take(3).Select(received => received.Type));
        Assert.Equal(["model_finished", "run_finished"], events.TakeLast(2).Select(received => received.Type));
        var chunks = events.Where(received => received.Type == "chunk").ToList();
        Assert.NotEmpty(chunks);
        Assert.All(events.Skip(3).SkipLast(2), received => Assert.Equal("chunk", received.Type));

        var finished = events[^2].Data.GetProperty("result");
        Assert.Equal(string.Concat(chunks.Select(chunk => chunk.Data.GetProperty("text").GetString())), finished.GetProperty("response").GetString());
        Assert.Equal(chunks.Count, finished.GetProperty("throughput").GetProperty("total_chunks").GetInt32());
        Assert.True(finished.GetProperty("timing").GetProperty("time_to_first_token").GetDouble() > 0);

        var last = events[^1].Data;
        Assert.Equal(id, last.GetProperty("run_id").GetString());
        Assert.True(last.GetProperty("success").GetBoolean());
        Assert.False(last.GetProperty("cancelled").GetBoolean());
        Assert.True(last.GetProperty("persisted").GetBoolean());
        Assert.Equal(0, last.GetProperty("warnings").GetArrayLength());

        using var stored = await api.Client.GetAsync($"/api/benchmarks/history/{id}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task Late_subscriber_replays_and_resumes()
    {
        await using var api = await BackgroundApi.StartAsync();
        var id = await RunEvents.StartAsync(api.Client, DemoRun);
        var first = await RunEvents.ReadAllAsync(api.Client, id);

        var replay = await RunEvents.ReadAllAsync(api.Client, id);
        var resumed = await RunEvents.ReadAllAsync(api.Client, id, lastEventId: 3);

        Assert.Equal(first.Select(Describe), replay.Select(Describe));
        Assert.Equal(first.Skip(3).Select(Describe), resumed.Select(Describe));
        Assert.Equal(4, resumed[0].Id);
    }

    [Fact]
    public async Task Replay_keeps_a_bounded_number_of_chunks()
    {
        await using var api = await BackgroundApi.StartAsync();
        var chunkCount = RunEventLog.MaxStoredChunks + 100;
        api.Ollama.AddModel("chatty", model => model.WriteMode = ScriptedWriteMode.AllLinesInOneWrite)
            .WithChunks([.. Enumerable.Repeat("x", chunkCount)]);
        var id = await RunEvents.StartAsync(api.Client, new { prompt = "Hello", models = new[] { "chatty" } });
        await RunEvents.ReadAllAsync(api.Client, id);

        var replay = await RunEvents.ReadAllAsync(api.Client, id);

        Assert.Equal(RunEventLog.MaxStoredChunks, replay.Count(received => received.Type == "chunk"));
        var finished = Assert.Single(replay, received => received.Type == "model_finished");
        Assert.Equal(new string('x', chunkCount), finished.Data.GetProperty("result").GetProperty("response").GetString());
        Assert.Equal(chunkCount + 5, replay[^1].Id);
        Assert.True(replay.Zip(replay.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
    }

    [Fact]
    public async Task Unknown_run_id_gets_404()
    {
        await using var api = await BackgroundApi.StartAsync();

        using var events = await api.Client.GetAsync("/api/benchmarks/0123456789abcdef/events");
        using var cancel = await api.Client.PostAsync("/api/benchmarks/0123456789abcdef/cancel", null);

        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        Assert.Equal("application/problem+json", events.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal("application/problem+json", cancel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_start_lists_every_failure()
    {
        await using var api = await BackgroundApi.StartAsync();

        using var response = await api.Client.PostAsync("/api/benchmarks", JsonContent(new { prompt = " ", models = new[] { "missing.gguf" } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("prompt", out _));
        Assert.Contains("missing.gguf", errors.GetProperty("models")[0].GetString(), StringComparison.Ordinal);
    }

    private static string Describe(ReceivedEvent received) => $"{received.Id} {received.Type} {received.Data.GetRawText()}";

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}

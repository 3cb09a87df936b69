using System.Net;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>
/// Cancelling and the concurrency limit, with a scripted Ollama model that streams its chunks and then
/// holds its final line until the test releases it, so the run is reliably still running.
/// </summary>
public sealed class BackgroundRunCancelTests
{
    [Fact]
    public async Task Cancel_keeps_finished_models()
    {
        await using var api = await BackgroundApi.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Ollama.AddModel("fast").WithChunks("Hi", " there");
        api.Ollama.AddModel("slow", model => model.HoldEndingUntil = gate.Task).WithChunks("Still", " going");

        try
        {
            var id = await RunEvents.StartAsync(api.Client, new { prompt = "Hello", models = new[] { "fast", "slow" }, mode = "sequential" });
            var events = new List<ReceivedEvent>();
            using (var stream = await RunEvents.OpenAsync(api.Client, id))
            {
                await foreach (var received in RunEvents.ReadAsync(stream))
                {
                    events.Add(received);
                    if (received.Type == "chunk" && received.Model == "slow" && received.Data.GetProperty("text").GetString() == " going")
                    {
                        using var cancel = await api.Client.PostAsync($"/api/benchmarks/{id}/cancel", null);
                        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
                    }
                }
            }

            Assert.Contains(events, received => received.Type == "model_finished" && received.Model == "fast");
            var failed = Assert.Single(events, received => received.Type == "model_failed");
            Assert.Equal("slow", failed.Model);
            Assert.Equal("cancelled", failed.Data.GetProperty("error_kind").GetString());
            Assert.True(events[^1].Data.GetProperty("cancelled").GetBoolean());

            using var stored = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/benchmarks/history/{id}"));
            Assert.True(stored.RootElement.GetProperty("cancelled").GetBoolean());
            var results = stored.RootElement.GetProperty("results");
            Assert.True(results[0].GetProperty("success").GetBoolean());
            Assert.Equal("Hi there", results[0].GetProperty("response").GetString());
            Assert.False(results[1].GetProperty("success").GetBoolean());
            Assert.Equal("Still going", results[1].GetProperty("response").GetString());

            using var again = await api.Client.PostAsync($"/api/benchmarks/{id}/cancel", null);
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        finally
        {
            gate.TrySetResult();
        }
    }

    [Fact]
    public async Task Start_beyond_limit_gets_429()
    {
        await using var api = await BackgroundApi.StartAsync(new Dictionary<string, string?> { ["Benchmark:MaxConcurrentRuns"] = "1" });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Ollama.AddModel("slow", model => model.HoldEndingUntil = gate.Task).WithChunks("Still", " going");

        try
        {
            var first = await RunEvents.StartAsync(api.Client, new { prompt = "Hello", models = new[] { "slow" } });

            using var second = await api.Client.PostAsync("/api/benchmarks", new StringContent(
                """{"prompt":"Hello again","models":["slow"]}""", System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), second.Headers.RetryAfter?.Delta);
            var busy = await HttpAssertions.ReadProblemAsync(second, HttpStatusCode.TooManyRequests);
            Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", busy.GetProperty("type").GetString());

            gate.TrySetResult();
            var events = await RunEvents.ReadAllAsync(api.Client, first);
            Assert.True(events[^1].Data.GetProperty("success").GetBoolean());

            var third = await RunEvents.StartAsync(api.Client, new { prompt = "Now there is room", models = new[] { "slow" } });
            Assert.Equal("run_finished", (await RunEvents.ReadAllAsync(api.Client, third))[^1].Type);
        }
        finally
        {
            gate.TrySetResult();
        }
    }

    [Fact]
    public async Task Blocking_run_shares_limit()
    {
        await using var api = await BackgroundApi.StartAsync(new Dictionary<string, string?> { ["Benchmark:MaxConcurrentRuns"] = "1" });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Ollama.AddModel("slow", model => model.HoldEndingUntil = gate.Task).WithChunks("Still", " going");

        try
        {
            var first = await RunEvents.StartAsync(api.Client, new { prompt = "Hello", models = new[] { "slow" } });

            using var blocking = await api.Client.PostAsync("/api/benchmarks/run", new StringContent(
                """{"prompt":"Hello again","models":["slow"]}""", System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.TooManyRequests, blocking.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), blocking.Headers.RetryAfter?.Delta);
            Assert.Contains("Benchmark:MaxConcurrentRuns", await blocking.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            gate.TrySetResult();
            Assert.Equal("run_finished", (await RunEvents.ReadAllAsync(api.Client, first))[^1].Type);
        }
        finally
        {
            gate.TrySetResult();
        }
    }
}

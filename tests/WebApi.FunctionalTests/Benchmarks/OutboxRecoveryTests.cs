using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>
/// A finished run is never lost: with the run directory unusable the run waits in the outbox, the
/// response says so, and the background replay stores it once the directory works again.
/// </summary>
public sealed class OutboxRecoveryTests : IDisposable
{
    private static readonly TimeSpan ReplayDeadline = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory temp = new();

    [Fact]
    public async Task Run_waits_in_outbox_while_store_fails_then_lands()
    {
        // A regular file where the run directory's parent should be makes every store call fail
        // with an IOException, as a full or unmounted disk would.
        var blocker = Path.Combine(temp.Path, "blocked");
        await File.WriteAllTextAsync(blocker, "not a directory");
        var outbox = Path.Combine(temp.Path, "outbox");
        await using var api = await IsolatedApi.StartAsync(
            ollama => ollama.AddModel("good:latest", model => model.WithChunks("Hello", " world")),
            new Dictionary<string, string?>
            {
                ["Storage:Json:Directory"] = Path.Combine(blocker, "data"),
                ["Storage:OutboxDirectory"] = outbox,
                ["Storage:OutboxReplayInterval"] = "00:00:00.200",
            });
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "good:latest" } });
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(run.GetProperty("persisted").GetBoolean());
        var warning = Assert.Single(run.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains(outbox, warning, StringComparison.Ordinal);
        var id = run.GetProperty("id").GetString();
        Assert.True(File.Exists(Path.Combine(outbox, id + ".json")));

        // While it waits, the run can be read by id, and readiness reports the broken store.
        using var waiting = await client.GetAsync($"/api/benchmarks/history/{id}");
        Assert.Equal(HttpStatusCode.OK, waiting.StatusCode);
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        File.Delete(blocker);
        var landed = await WaitForHistoryAsync(client, id!);

        Assert.True(landed, $"run {id} did not reach the history within {ReplayDeadline.TotalSeconds} s of the store recovering");
        Assert.True(File.Exists(Path.Combine(blocker, "data", id + ".json")));
        Assert.False(File.Exists(Path.Combine(outbox, id + ".json")));
        var stored = await File.ReadAllTextAsync(Path.Combine(blocker, "data", id + ".json"));
        Assert.DoesNotContain("\"persisted\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_run_says_persisted_without_warnings()
    {
        await using var api = await IsolatedApi.StartAsync(ollama => ollama.AddModel("good:latest", model => model.WithChunks("Hi")));
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "good:latest" } });
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(run.GetProperty("persisted").GetBoolean());
        Assert.Equal(0, run.GetProperty("warnings").GetArrayLength());
        using var stored = await client.GetAsync($"/api/benchmarks/history/{run.GetProperty("id").GetString()}");
        var document = await stored.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(document.TryGetProperty("persisted", out _));
        Assert.False(document.TryGetProperty("warnings", out _));
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Polls the history until the replay has stored the run; the deadline only bounds a failure.</summary>
    private static async Task<bool> WaitForHistoryAsync(HttpClient client, string id)
    {
        using var deadline = new CancellationTokenSource(ReplayDeadline);
        while (!deadline.IsCancellationRequested)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/benchmarks/history?limit=10", CancellationToken.None);
            if (page.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetString() == id))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        return false;
    }
}

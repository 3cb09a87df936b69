using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Storage;

/// <summary>
/// The host with Storage:Provider Mongo and no server behind the configured port: a run still
/// completes and waits in the outbox, and readiness reports the store as down.
/// </summary>
public sealed class MongoUnreachableApiTests : IDisposable
{
    private const string Password = "api-Secret-42";

    private readonly TemporaryDirectory temp = new();

    [Fact]
    public async Task Run_is_spooled_and_ready_fails()
    {
        var outbox = Path.Combine(temp.Path, "outbox");
        await using var api = await IsolatedApi.StartAsync(
            ollama => ollama.AddModel("good:latest", model => model.WithChunks("Hello", " world")),
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Mongo",
                ["ConnectionStrings:Mongo"] = $"mongodb://bench:{Password}@127.0.0.1:{ClosedPortNumber()}",
                ["Storage:Mongo:ServerSelectionTimeout"] = "00:00:00.300",
                ["Storage:OutboxDirectory"] = outbox,
                ["Storage:OutboxReplayInterval"] = "01:00:00",
            });
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "good:latest" } });
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var ready = await client.GetAsync("/health/ready");
        var readyBody = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(run.GetProperty("persisted").GetBoolean());
        var warning = Assert.Single(run.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("MongoDB at 127.0.0.1:", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, warning, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outbox, run.GetProperty("id").GetString() + ".json")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain(Password, readyBody, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static int ClosedPortNumber()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return port;
    }
}

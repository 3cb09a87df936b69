using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>The request log records the status the client received, not the exception's default 500.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Rejected_request_is_logged_as_400()
    {
        using var logs = new TemporaryDirectory();
        var logFile = Path.Combine(logs.Path, "log.json");
        var api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["Serilog:JsonFile:Path"] = logFile });

        await using (api)
        {
            using var client = api.CreateClient();
            using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "", models = Array.Empty<string>() });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var requestLine = File.ReadLines(logFile)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Single(entry => entry.TryGetProperty("StatusCode", out _) && entry.TryGetProperty("Elapsed", out _));

        Assert.Equal(400, requestLine.GetProperty("StatusCode").GetInt32());
        Assert.False(requestLine.TryGetProperty("@x", out _), "the request log carries an exception");

        // Compact JSON leaves out the level of Information events, which is what a 400 gets.
        Assert.False(requestLine.TryGetProperty("@l", out _), "the request log has a level above Information");
    }
}

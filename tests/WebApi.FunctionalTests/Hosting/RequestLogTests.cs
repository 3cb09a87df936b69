using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// The request log records the status the client received, not the exception's default 500.
/// </summary>
public sealed class RequestLogTests
{
    private static readonly TimeSpan LogDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Rejected_request_is_logged_as_400()
    {
        using var logs = new TemporaryDirectory();
        var logFile = Path.Combine(logs.Path, "log.json");
        await using var api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["Serilog:JsonFile:Path"] = logFile });
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "", models = Array.Empty<string>() });
        var requestLine = await WaitForRequestLogAsync(logFile);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, requestLine.GetProperty("StatusCode").GetInt32());
        Assert.False(requestLine.TryGetProperty("@x", out _), "the request log carries an exception");

        // Compact JSON leaves out the level of Information events, which is what a 400 gets.
        Assert.False(requestLine.TryGetProperty("@l", out _), "the request log has a level above Information");
    }

    [Fact]
    public async Task Log_line_carries_problem_trace_id()
    {
        using var logs = new TemporaryDirectory();
        var logFile = Path.Combine(logs.Path, "log.json");
        await using var api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["Serilog:JsonFile:Path"] = logFile });
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/api/benchmarks/history/0123456789abcdef0123456789abcdef");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.NotFound);
        var requestLine = await WaitForRequestLogAsync(logFile);

        Assert.True(requestLine.TryGetProperty("@tr", out var traceId), "the request log line has no trace id");
        Assert.Equal(problem.GetProperty("traceId").GetString(), traceId.GetString());
    }

    /// <summary>
    /// Waits for the request log event, which the middleware writes after the client already has the
    /// response. The file sink writes each event through, so polling the file is enough.
    /// </summary>
    private static async Task<JsonElement> WaitForRequestLogAsync(string logFile)
    {
        var deadline = DateTime.UtcNow + LogDeadline;
        while (true)
        {
            var found = ReadEvents(logFile).Where(entry => entry.TryGetProperty("StatusCode", out _) && entry.TryGetProperty("Elapsed", out _)).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found);
            }

            await Task.Delay(20);
        }
    }

    private static List<JsonElement> ReadEvents(string logFile)
    {
        if (!File.Exists(logFile))
        {
            return [];
        }

        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var events = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            if (line.EndsWith('}'))
            {
                events.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        }

        return events;
    }
}

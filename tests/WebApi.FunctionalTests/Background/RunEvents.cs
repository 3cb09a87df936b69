using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>Starts background runs and reads their server-sent events the way a browser's EventSource would.</summary>
internal static class RunEvents
{
    public static async Task<string> StartAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/benchmarks", request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/benchmarks returned {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"/api/benchmarks/{id}/events", response.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Opens the event stream; the caller reads it with <see cref="ReadAsync"/> and disposes the response.</summary>
    public static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string id, long? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/benchmarks/{id}/events");
        if (lastEventId is { } last)
        {
            request.Headers.Add("Last-Event-ID", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    public static async IAsyncEnumerable<ReceivedEvent> ReadAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync())
        {
            yield return new ReceivedEvent(long.Parse(item.EventId!, System.Globalization.CultureInfo.InvariantCulture), item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone());
        }
    }

    /// <summary>Every event from the stream until the server ends it after run_finished.</summary>
    public static async Task<List<ReceivedEvent>> ReadAllAsync(HttpClient client, string id, long? lastEventId = null)
    {
        using var response = await OpenAsync(client, id, lastEventId);
        var events = new List<ReceivedEvent>();
        await foreach (var received in ReadAsync(response))
        {
            events.Add(received);
        }

        return events;
    }
}

internal sealed record ReceivedEvent(long Id, string Type, JsonElement Data)
{
    public string? Model => Data.TryGetProperty("model", out var model) ? model.GetString() : null;
}

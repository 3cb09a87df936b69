using System.Net;
using System.Text.Json;

namespace Benchmarker.WebApi.FunctionalTests.Infrastructure;

/// <summary>Reads response bodies as JSON after checking the status, so a failure shows the body.</summary>
public static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Checks the RFC 9457 shape every error of the API has: media type, status, title and traceId.</summary>
    public static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadJsonAsync(response, expected);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        return problem;
    }

    /// <summary>The messages of one key of a ValidationProblemDetails <c>errors</c> object, joined.</summary>
    public static string ErrorsFor(JsonElement problem, string key)
    {
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(key, out var messages), $"No error for '{key}' in {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(message => message.GetString()));
    }
}

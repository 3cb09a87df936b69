using Microsoft.Net.Http.Headers;

namespace Benchmarker.WebApi.Errors;

/// <summary>
/// Treats a form-encoded POST to the API as JSON when it comes from a command-line client, because
/// <c>curl -d '{…}'</c> labels a JSON body as a form unless a Content-Type header is given. Browsers are left out on
/// purpose: they send an Origin header with every POST, and accepting their forms would let any web
/// page post to a service on the user's machine. Those requests keep the 415 that names the header.
/// </summary>
internal sealed class CurlJsonBodyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && IsFormEncoded(request.ContentType)
            && !request.Headers.ContainsKey(HeaderNames.Origin)
            && !request.Headers.ContainsKey("Sec-Fetch-Mode"))
        {
            request.ContentType = "application/json";
        }

        return next(context);
    }

    private static bool IsFormEncoded(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;

namespace Benchmarker.WebApi.Health;

/// <summary>One GET of a health endpoint, turned into a process exit code and one line of output.</summary>
internal static class HealthProbe
{
    public const int Healthy = 0;

    public const int Unhealthy = 1;

    public static async Task<int> GetAsync(Uri url, TimeSpan timeout, TextWriter output, CancellationToken cancellationToken)
    {
        // No proxy: the endpoint is this container's own loopback, and an HTTP_PROXY set for the
        // service's outgoing calls must not receive the probe.
        using var handler = new SocketsHttpHandler { UseProxy = false };
        using var client = new HttpClient(handler) { Timeout = timeout };

        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

            var status = (int)response.StatusCode;
            var healthy = response.IsSuccessStatusCode;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(healthy ? "Healthy" : "Unhealthy")}: {url} returned {status} {response.ReasonPhrase}."));
            return healthy ? Healthy : Unhealthy;
        }
        catch (HttpRequestException exception)
        {
            output.WriteLine($"Unhealthy: the request to {url} failed: {exception.Message}");
            return Unhealthy;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Unhealthy: the request to {url} timed out after {timeout.TotalSeconds:0.###} s."));
            return Unhealthy;
        }
    }
}

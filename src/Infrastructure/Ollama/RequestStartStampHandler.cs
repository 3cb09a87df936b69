using System.Diagnostics;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>
/// Stamps each request with a <see cref="Stopwatch"/> timestamp just before it goes to the
/// connection, after Refit has built it, so a generation's t0 excludes request building.
/// </summary>
internal sealed class RequestStartStampHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<long> StartTimestampKey = new("Benchmarker.StartTimestamp");

    /// <summary>Returns the stamp of the request that produced <paramref name="response"/>, if it passed this handler.</summary>
    public static long? Read(HttpResponseMessage response) =>
        response.RequestMessage?.Options.TryGetValue(StartTimestampKey, out var timestamp) == true ? timestamp : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(StartTimestampKey, Stopwatch.GetTimestamp());
        return base.SendAsync(request, cancellationToken);
    }
}

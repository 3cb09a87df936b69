using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// A Kestrel server on 127.0.0.1 at a port the OS assigns, with a healthy, an unavailable and a
/// silent endpoint for the health check command to probe. Dispose stops it.
/// </summary>
internal sealed class ProbeTargetServer : IAsyncDisposable
{
    public const string UnavailablePath = "/unavailable";

    public const string SilentPath = "/silent";

    private readonly WebApplication app;

    private readonly string baseUrl;

    private ProbeTargetServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    public static async Task<ProbeTargetServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/health/live", () => "Healthy");
        app.MapGet(UnavailablePath, () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));

        // Never responds: the request waits until the client times out and aborts it.
        app.MapGet(SilentPath, (CancellationToken aborted) => Task.Delay(Timeout.Infinite, aborted));

        await app.StartAsync();

        // After the start, Urls contains the address Kestrel bound, with the assigned port.
        return new ProbeTargetServer(app, app.Urls.Single());
    }

    public string Url(string path) => baseUrl + path;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

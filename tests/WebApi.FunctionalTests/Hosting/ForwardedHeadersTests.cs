using System.Net;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED on the real host: forwarded headers are ignored by default.
/// When it is on, X-Forwarded-Proto and X-Forwarded-For are applied whatever the proxy's address,
/// because ASP.NET Core then clears its list of known proxies.
/// </summary>
public sealed class ForwardedHeadersTests
{
    // A proxy address outside the loopback network that ASP.NET Core trusts by default.
    private static readonly IPAddress ProxyAddress = IPAddress.Parse("10.20.30.40");

    [Fact]
    public async Task Headers_ignored_by_default()
    {
        await using var api = await IsolatedApi.StartAsync();

        var seen = await SendThroughProxyAsync(api);

        Assert.Equal("http", seen.Scheme);
        Assert.Equal(ProxyAddress, seen.RemoteAddress);
    }

    [Fact]
    public async Task Enabled_headers_apply_from_any_proxy()
    {
        await using var api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true" });

        var seen = await SendThroughProxyAsync(api);

        Assert.Equal("https", seen.Scheme);
        Assert.Equal(IPAddress.Parse("203.0.113.7"), seen.RemoteAddress);
    }

    private static async Task<(string Scheme, IPAddress? RemoteAddress)> SendThroughProxyAsync(IsolatedApi api)
    {
        var seen = (Scheme: "", RemoteAddress: (IPAddress?)null);
        using var factory = api.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddTransient<IStartupFilter>(_ => new RecordingStartupFilter(context => seen = (context.Request.Scheme, context.Connection.RemoteIpAddress)))));

        await factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/health/live";
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Connection.RemoteIpAddress = ProxyAddress;
        });

        return seen;
    }

    /// <summary>
    /// Records the scheme and remote address that the application's own middleware receives. Registered after the host's
    /// defaults, so it runs inside the forwarded headers middleware that ASP.NET Core adds first.
    /// </summary>
    private sealed class RecordingStartupFilter(Action<HttpContext> record) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                record(context);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

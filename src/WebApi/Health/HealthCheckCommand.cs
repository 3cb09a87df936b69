using System.Globalization;

namespace Benchmarker.WebApi.Health;

/// <summary>
/// The <c>healthcheck [url]</c> command line of the host: requests the liveness endpoint and exits
/// 0 on a 2xx status, 1 otherwise. The container image's HEALTHCHECK runs it because the ASP.NET
/// Core runtime image has no curl or wget, and an exec-form command needs no shell.
/// </summary>
internal static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    public const string LivePath = "/health/live";

    public const int DefaultPort = 8080;

    /// <summary>
    /// Shorter than the image's HEALTHCHECK timeout (10 s), so the command reports a slow endpoint
    /// itself instead of being killed by Docker.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || !string.Equals(args[0], Name, StringComparison.Ordinal))
        {
            return false;
        }

        var text = args.Length == 2 ? args[1] : DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"), Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
        if (args.Length == 1 && text is null)
        {
            output.WriteLine($"ASPNETCORE_URLS lists no http:// address to probe: pass the URL, for example '{Name} https://127.0.0.1:8443{LivePath}'.");
            exitCode = HealthProbe.Unhealthy;
            return true;
        }

        if (args.Length > 2 || !IsHttpUrl(text!, out var url))
        {
            // 1, not the usage code 2 of the other verbs, because Docker reserves exit code 2 of a health check.
            output.WriteLine($"Usage: {Name} [url]   (an absolute http or https URL; default: {DefaultUrl(null, null)})");
            output.WriteLine("Exit code 1, as for an unhealthy service, because Docker reserves exit code 2 of a health check.");
            exitCode = HealthProbe.Unhealthy;
            return true;
        }

        exitCode = HealthProbe.GetAsync(url, Timeout, output, CancellationToken.None).GetAwaiter().GetResult();
        return true;
    }

    /// <summary>
    /// The liveness URL of the host: from the first plain-http entry of <c>ASPNETCORE_URLS</c> when
    /// it is set, because Kestrel then ignores <c>ASPNETCORE_HTTP_PORTS</c>; otherwise on 127.0.0.1 at
    /// the first port of <c>ASPNETCORE_HTTP_PORTS</c> (a semicolon-separated list), 8080 when unset.
    /// Null when <c>ASPNETCORE_URLS</c> lists only https addresses, whose certificate a local probe cannot check.
    /// </summary>
    public static string? DefaultUrl(string? httpPorts, string? urls = null)
    {
        var listen = Entries(urls);
        if (listen.Length > 0)
        {
            return listen.Select(ProbeUrlOf).FirstOrDefault(found => found is not null);
        }

        var port = Entries(httpPorts).Take(1).Select(ParsePort).FirstOrDefault() ?? DefaultPort;
        return string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}{LivePath}");
    }

    private static string[] Entries(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// The probe URL for an http listen address such as <c>http://+:5000</c>, <c>http://[::1]:80</c> or
    /// <c>http://10.0.0.5:5000</c>. A wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) or
    /// <c>localhost</c> becomes 127.0.0.1, and any other host is probed as given. The wildcards are not
    /// valid <see cref="Uri"/> hosts, so the authority is split by hand. An https entry gives null.
    /// </summary>
    private static string? ProbeUrlOf(string url)
    {
        const string Http = "http://";
        if (!url.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var authority = url[Http.Length..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        var hasPort = colon >= 0 && colon > authority.LastIndexOf(']');
        var host = hasPort ? authority[..colon] : authority;
        var port = hasPort ? ParsePort(authority[(colon + 1)..]) : 80;
        if (port is null)
        {
            return null;
        }

        var probeHost = host is "+" or "*" or "0.0.0.0" or "[::]" or "" || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : host;
        return string.Create(CultureInfo.InvariantCulture, $"http://{probeHost}:{port}{LivePath}");
    }

    private static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;

    private static bool IsHttpUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}

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
        if (args.Length > 2 || !IsHttpUrl(text, out var url))
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
    /// The liveness URL on 127.0.0.1 at the port the host listens on: the first plain-http entry of
    /// <c>ASPNETCORE_URLS</c> when set, because Kestrel then ignores <c>ASPNETCORE_HTTP_PORTS</c>;
    /// otherwise the first port of <c>ASPNETCORE_HTTP_PORTS</c> (a semicolon-separated list); 8080 when neither gives one.
    /// </summary>
    public static string DefaultUrl(string? httpPorts, string? urls = null)
    {
        var port = Entries(urls).Select(HttpPortOf).FirstOrDefault(found => found is not null)
            ?? Entries(httpPorts).Take(1).Select(ParsePort).FirstOrDefault()
            ?? DefaultPort;

        return string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}{LivePath}");
    }

    private static string[] Entries(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// The port of an http listen address such as <c>http://+:5000</c> or <c>http://[::]:80</c>. The host
    /// part is often a wildcard that <see cref="Uri"/> rejects, so the authority is split by hand.
    /// An https entry gives null: its certificate would not match 127.0.0.1.
    /// </summary>
    private static int? HttpPortOf(string url)
    {
        const string Http = "http://";
        if (!url.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var authority = url[Http.Length..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        return colon < 0 || colon < authority.LastIndexOf(']') ? 80 : ParsePort(authority[(colon + 1)..]);
    }

    private static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;

    private static bool IsHttpUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}

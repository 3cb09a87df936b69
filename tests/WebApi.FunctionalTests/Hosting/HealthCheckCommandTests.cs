using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Benchmarker.WebApi.Health;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// The <c>healthcheck</c> verb against a real socket: a small Kestrel server on 127.0.0.1 that the
/// test starts, because WebApplicationFactory's in-memory server cannot be reached over TCP.
/// </summary>
public sealed class HealthCheckCommandTests
{
    [Fact]
    public async Task Healthy_endpoint_exits_zero()
    {
        await using var server = await ProbeTargetServer.StartAsync();
        var output = new StringWriter();

        var handled = HostCommands.TryRun(["healthcheck", server.Url(HealthCheckCommand.LivePath)], output, out var exitCode);

        Assert.True(handled);
        Assert.Equal(0, exitCode);
        Assert.Contains("returned 200", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_status_exits_one()
    {
        await using var server = await ProbeTargetServer.StartAsync();
        var output = new StringWriter();

        HostCommands.TryRun(["healthcheck", server.Url(ProbeTargetServer.UnavailablePath)], output, out var exitCode);

        Assert.Equal(1, exitCode);
        Assert.Contains("returned 503", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_port_exits_one()
    {
        var output = new StringWriter();

        HostCommands.TryRun(["healthcheck", ClosedPort.Url() + HealthCheckCommand.LivePath], output, out var exitCode);

        Assert.Equal(1, exitCode);
        Assert.Contains("failed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silent_endpoint_times_out()
    {
        await using var server = await ProbeTargetServer.StartAsync();
        var output = new StringWriter();

        var exitCode = await HealthProbe.GetAsync(
            new Uri(server.Url(ProbeTargetServer.SilentPath)), TimeSpan.FromMilliseconds(200), output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("timed out", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("ftp://127.0.0.1/health/live")]
    public void Invalid_url_prints_usage(string url)
    {
        var output = new StringWriter();

        HostCommands.TryRun(["healthcheck", url], output, out var exitCode);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Usage: healthcheck [url]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Docker reserves exit code 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_verb_is_not_handled()
    {
        var handled = HealthCheckCommand.TryRun(["--urls", "http://127.0.0.1:5000"], TextWriter.Null, out _);

        Assert.False(handled);
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:8080/health/live")]
    [InlineData("", "http://127.0.0.1:8080/health/live")]
    [InlineData("5000", "http://127.0.0.1:5000/health/live")]
    [InlineData(" 5001 ;5002", "http://127.0.0.1:5001/health/live")]
    [InlineData("http", "http://127.0.0.1:8080/health/live")]
    [InlineData("70000", "http://127.0.0.1:8080/health/live")]
    public void Default_url_follows_http_ports(string? httpPorts, string expected)
    {
        Assert.Equal(expected, HealthCheckCommand.DefaultUrl(httpPorts));
    }

    [Theory]
    [InlineData("http://+:5000", "http://127.0.0.1:5000/health/live")]
    [InlineData("http://[::]:5003/", "http://127.0.0.1:5003/health/live")]
    [InlineData("http://0.0.0.0", "http://127.0.0.1:80/health/live")]
    [InlineData("https://+:443;http://*:5004", "http://127.0.0.1:5004/health/live")]
    [InlineData("http://[::1]:5005", "http://[::1]:5005/health/live")]
    [InlineData("http://10.0.0.5:5006", "http://10.0.0.5:5006/health/live")]
    [InlineData("http://localhost:5007", "http://127.0.0.1:5007/health/live")]
    public void Default_url_follows_aspnetcore_urls_first(string urls, string expected)
    {
        Assert.Equal(expected, HealthCheckCommand.DefaultUrl("9000", urls));
    }

    [Fact]
    public void Https_only_urls_give_no_default()
    {
        Assert.Null(HealthCheckCommand.DefaultUrl("9000", "https://+:443"));
    }
}

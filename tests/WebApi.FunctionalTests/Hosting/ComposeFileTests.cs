using System.Diagnostics;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// docker-compose.yml checked by Compose 1.29's own parser (`docker-compose config`), which needs no
/// Docker engine. Compose v2 is not installed here, so only 1.29 checks the file.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(1);

    [ComposeFact]
    public async Task Compose_file_is_valid()
    {
        var result = await RunComposeAsync("config", "-q");

        Assert.True(result.ExitCode == 0, $"docker-compose config -q exited with {result.ExitCode}: {result.Error}");
    }

    [ComposeFact]
    public async Task App_waits_for_healthy_mongo()
    {
        var result = await RunComposeAsync("config");

        Assert.True(result.ExitCode == 0, $"docker-compose config exited with {result.ExitCode}: {result.Error}");
        Assert.Contains("condition: service_healthy", result.Output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Mongo: mongodb://mongo:27017", result.Output, StringComparison.Ordinal);
        Assert.Contains("image: mongo:7", result.Output, StringComparison.Ordinal);
        Assert.Contains("- mongosh", result.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunComposeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ComposeFactAttribute.Program)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(RepositoryRoot.File("docker-compose.yml"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // An outer BENCHMARKER_MONGO_URL would replace the default this test expects.
        start.Environment.Remove("BENCHMARKER_MONGO_URL");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docker-compose {string.Join(' ', arguments)} did not exit within {ProcessTimeout.TotalSeconds} s.");
        }

        return (process.ExitCode, await output, await error);
    }
}

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// Text checks of the Dockerfile, because no Docker engine is available to build the image in CI.
/// They catch a removed instruction, not an image that fails to build.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.File("Dockerfile"));

    [Fact]
    public void Runs_as_non_root_user()
    {
        var user = Lines.Last(line => line.StartsWith("USER ", StringComparison.Ordinal));

        Assert.Equal("USER $APP_UID", user);
    }

    [Fact]
    public void Exposes_port_8080()
    {
        Assert.Contains("EXPOSE 8080", Lines);
        Assert.Contains(Lines, line => line.Contains("ASPNETCORE_HTTP_PORTS=8080", StringComparison.Ordinal));
    }

    [Fact]
    public void Health_check_uses_healthcheck_verb()
    {
        var index = Array.FindIndex(Lines, line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.True(index >= 0, "the Dockerfile has no HEALTHCHECK instruction");
        Assert.Contains("CMD [\"dotnet\", \"Benchmarker.WebApi.dll\", \"healthcheck\"]", Lines[index + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_stage_installs_libgomp1()
    {
        var runtimeStage = Array.FindIndex(Lines, line => line.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", StringComparison.Ordinal));
        var install = Array.FindIndex(Lines, line => line.Contains("apt-get install", StringComparison.Ordinal) && line.Contains("libgomp1", StringComparison.Ordinal));

        Assert.True(runtimeStage >= 0, "the Dockerfile has no stage based on the aspnet runtime image");
        Assert.True(install > runtimeStage, "libgomp1 is not installed in the runtime stage");
    }

    [Fact]
    public void Data_volume_is_writable_by_app_user()
    {
        Assert.Contains("VOLUME [\"/app/data\"]", Lines);
        Assert.Contains(Lines, line => line.Contains("chown -R $APP_UID /app/data", StringComparison.Ordinal));
        Assert.Contains(Lines, line => line.Contains("Storage__Json__Directory=/app/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_tags_match_global_json()
    {
        using var globalJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("global.json")));
        var sdkVersion = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
        var channel = string.Join('.', sdkVersion.Split('.').Take(2));

        // The exact SDK, because a floating tag can carry a lower patch or another feature band than global.json accepts.
        Assert.Contains($"FROM mcr.microsoft.com/dotnet/sdk:{sdkVersion} AS build", Lines);
        Assert.Contains($"FROM mcr.microsoft.com/dotnet/aspnet:{channel} AS runtime", Lines);
    }
}

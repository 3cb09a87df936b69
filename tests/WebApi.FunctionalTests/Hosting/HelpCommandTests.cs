namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>The help verbs print the commands and exit instead of starting the service.</summary>
public sealed class HelpCommandTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("--Help")]
    [InlineData("-?")]
    public void Help_lists_commands(string verb)
    {
        var output = new StringWriter();

        var handled = HostCommands.TryRun([verb], output, out var exitCode);

        Assert.True(handled);
        Assert.Equal(0, exitCode);
        Assert.Contains("import <paths>", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("healthcheck [url]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("create-demo-model [path]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("export-openapi <path>", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--urls", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Exit codes", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Service_options_are_not_help()
    {
        var handled = HostCommands.TryRun(["--urls", "http://127.0.0.1:5000"], TextWriter.Null, out _);

        Assert.False(handled);
    }
}

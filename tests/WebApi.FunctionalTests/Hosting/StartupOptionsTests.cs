using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>
/// An invalid setting stops the host at start with a message naming the key. The host is built with
/// the same registration as Program, because Program itself turns the start failure into a log line
/// and exit code 2, which WebApplicationFactory only sees as a disposed host.
/// </summary>
public sealed class StartupOptionsTests
{
    [Theory]
    [InlineData("Benchmark:MaxModels", "0", "Benchmark:MaxModels")]
    [InlineData("Ollama:BaseUrl", "not-a-url", "Ollama:BaseUrl")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    [InlineData("Storage:Provider", "Mongo", "ConnectionStrings:Mongo")]
    public async Task Invalid_setting_fails_start(string key, string value, string named)
    {
        using var directory = new TemporaryDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Json:Directory"] = Path.Combine(directory.Path, "data"),
            ["Storage:OutboxDirectory"] = Path.Combine(directory.Path, "outbox"),
            ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.Path, "models"),
            [key] = value,
        };

        var exception = await Record.ExceptionAsync(() => StartAsync(settings));

        // Program reports this type, or several of it in an AggregateException, as one log line with exit code 2.
        var invalid = Assert.IsType<OptionsValidationException>(exception);
        Assert.Contains(named, string.Join(" ", invalid.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_invalid_sections_exit_with_two()
    {
        using var directory = new TemporaryDirectory();
        var settings = Settings(directory);
        settings["Benchmark:MaxModels"] = "0";
        settings["Nova:DefaultMaxTokens"] = "0";
        await using var app = Build(settings);

        var exitCode = await app.RunWithStartupErrorsReportedAsync();

        Assert.Equal(2, exitCode);
    }

    private static Dictionary<string, string?> Settings(TemporaryDirectory directory) => new()
    {
        ["Storage:Json:Directory"] = Path.Combine(directory.Path, "data"),
        ["Storage:OutboxDirectory"] = Path.Combine(directory.Path, "outbox"),
        ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.Path, "models"),
    };

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBenchmarkerHost();

        var app = builder.Build();
        app.UseBenchmarkerHost();
        return app;
    }

    private static async Task StartAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBenchmarkerHost();

        await using var app = builder.Build();
        app.UseBenchmarkerHost();
        await app.StartAsync();
        await app.StopAsync();
    }
}

using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Benchmarker.WebApi.FunctionalTests.Storage;

/// <summary>
/// Invalid MongoDB settings stop the host at start with a message naming the key and without the
/// password. The host is built with Program's registration, as in the other start-up tests.
/// </summary>
public sealed class MongoStartupTests
{
    private const string Password = "start-Secret-7";

    [Theory]
    [InlineData("ConnectionStrings:Mongo", $"bench:{Password}@localhost:27017", "ConnectionStrings:Mongo is invalid")]
    [InlineData("ConnectionStrings:Mongo", $"mongodb://bench:{Password}@localhost:port", "ConnectionStrings:Mongo is invalid")]
    [InlineData("Storage:Mongo:ServerSelectionTimeout", "00:00:00", "Storage:Mongo:ServerSelectionTimeout")]
    public async Task Invalid_mongo_setting_fails_start(string key, string value, string named)
    {
        using var directory = new TemporaryDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = "mongodb://127.0.0.1:27017",
            ["Storage:Json:Directory"] = Path.Combine(directory.Path, "data"),
            ["Storage:OutboxDirectory"] = Path.Combine(directory.Path, "outbox"),
            ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.Path, "models"),
            [key] = value,
        };

        var exception = await Record.ExceptionAsync(() => StartAsync(settings));

        Assert.NotNull(exception);
        var messages = AllMessages(exception);
        Assert.Contains(named, messages, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, messages, StringComparison.Ordinal);
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

    private static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}

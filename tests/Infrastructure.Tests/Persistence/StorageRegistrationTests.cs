using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Persistence;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempStore temp = new();

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Json:Directory"] = temp.Directory,
            ["Storage:OutboxDirectory"] = Path.Combine(temp.Root, "outbox"),
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddBenchmarkerStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task Json_provider_saves_through_outbox_decorator()
    {
        await using var services = Build();
        var repository = services.GetRequiredService<IBenchmarkRunRepository>();

        await repository.SaveAsync(RunFactory.Run("di-1", DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(temp.Directory, "di-1.json")));
        Assert.Equal("SpoolingBenchmarkRunRepository", repository.GetType().Name);
    }

    [Fact]
    public async Task Unknown_provider_fails_naming_key()
    {
        await using var services = Build(("Storage:Provider", "Postgres"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Mongo\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task Outbox_in_run_directory_fails(string suffix)
    {
        await using var services = Build(("Storage:OutboxDirectory", temp.Directory + suffix));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:OutboxDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Json:Directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mongo_without_connection_string_fails_naming_key()
    {
        await using var services = Build(("Storage:Provider", "Mongo"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IBenchmarkRunRepository>());

        Assert.Contains("ConnectionStrings:Mongo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_check_reports_writable_directory()
    {
        await using var services = Build();
        var check = ActivatorUtilities.CreateInstance<StorageHealthCheck>(services);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Health_check_reports_unwritable_directory()
    {
        Directory.CreateDirectory(temp.Root);
        var blocker = Path.Combine(temp.Root, "file-not-directory");
        File.WriteAllText(blocker, "");
        await using var services = Build(("Storage:Json:Directory", blocker));
        var check = ActivatorUtilities.CreateInstance<StorageHealthCheck>(services);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    public void Dispose() => temp.Dispose();
}

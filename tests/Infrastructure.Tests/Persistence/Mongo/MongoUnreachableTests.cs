using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The MongoDB store with no server behind its port, through the same registration as the host.
/// These tests need no MongoDB: the connection is refused and server selection gives up quickly.
/// </summary>
public sealed class MongoUnreachableTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    private readonly RecordingLoggerProvider logs = new();

    private string Outbox => Path.Combine(temp.Root, "outbox");

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = ClosedMongo.ConnectionString(),
            ["Storage:Mongo:ServerSelectionTimeout"] = "00:00:00.300",
            ["Storage:OutboxDirectory"] = Outbox,
            ["Storage:Json:Directory"] = temp.Directory,
        }).Build();

        return new ServiceCollection()
            .AddLogging(builder => builder.AddProvider(logs))
            .AddBenchmarkerStorage(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Save_spools_run_to_outbox()
    {
        await using var services = Build();
        var repository = services.GetRequiredService<IBenchmarkRunRepository>();

        var result = await repository.SaveAsync(RunFactory.Run("down-1", T0), CancellationToken.None);

        Assert.False(result.Persisted);
        Assert.True(File.Exists(Path.Combine(Outbox, "down-1.json")));
        Assert.Contains("MongoDB at 127.0.0.1:", result.OutboxReason, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, result.OutboxReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spool_warning_hides_password()
    {
        await using var services = Build();
        var repository = services.GetRequiredService<IBenchmarkRunRepository>();

        await repository.SaveAsync(RunFactory.Run("down-2", T0), CancellationToken.None);

        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("down-2", StringComparison.Ordinal));
        Assert.Contains("MongoDB", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task Query_throws_storage_unavailable()
    {
        await using var services = Build();
        var repository = services.GetRequiredService<IBenchmarkRunRepository>();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => repository.QueryAsync(new HistoryFilter(), CancellationToken.None));

        Assert.Contains("MongoDB", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spooled_run_is_readable_by_id()
    {
        await using var services = Build();
        var repository = services.GetRequiredService<IBenchmarkRunRepository>();
        await repository.SaveAsync(RunFactory.Run("down-3", T0), CancellationToken.None);

        var run = await repository.GetAsync("down-3", CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(T0, run.Timestamp);
    }

    [Fact]
    public async Task Health_check_names_mongo_without_password()
    {
        await using var services = Build();
        var check = ActivatorUtilities.CreateInstance<StorageHealthCheck>(services);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("MongoDB at 127.0.0.1:", result.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_logs_warning_and_keeps_run()
    {
        await using var services = Build();
        await services.GetRequiredService<IBenchmarkRunRepository>().SaveAsync(RunFactory.Run("down-4", T0), CancellationToken.None);
        var replayer = services.GetRequiredService<OutboxReplayer>();

        var saved = await replayer.ReplayAsync(CancellationToken.None);

        Assert.Equal(0, saved);
        Assert.True(File.Exists(Path.Combine(Outbox, "down-4.json")));
        var warning = Assert.Single(logs.Entries, entry => entry.Category.EndsWith(nameof(OutboxReplayer), StringComparison.Ordinal) && entry.Level == LogLevel.Warning);
        Assert.Contains("MongoDB at 127.0.0.1:", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task Failed_index_creation_is_tried_again()
    {
        await using var services = Build();
        var store = services.GetRequiredService<MongoBenchmarkRunRepository>();

        var first = store.EnsureIndexesAsync();
        var concurrent = store.EnsureIndexesAsync();
        await Assert.ThrowsAnyAsync<TimeoutException>(() => first);
        var second = store.EnsureIndexesAsync();

        Assert.Same(first, concurrent);
        Assert.NotSame(first, second);
        await Assert.ThrowsAnyAsync<TimeoutException>(() => second);
    }

    public void Dispose()
    {
        logs.Dispose();
        temp.Dispose();
    }
}

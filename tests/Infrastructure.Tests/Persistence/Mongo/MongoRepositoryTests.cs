using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private MongoBenchmarkRunRepository? store;

    private MongoConnection? connection;

    private MongoBenchmarkRunRepository Store => store ??= new MongoBenchmarkRunRepository(connection ??= new MongoConnection(Options.Create(new StorageOptions
    {
        Provider = StorageOptions.MongoProvider,
        MongoConnectionString = Environment.GetEnvironmentVariable(MongoFactAttribute.Variable),
        Mongo = new MongoStorageOptions { Database = "bench_test_" + Guid.NewGuid().ToString("N") },
    })));

    [MongoFact]
    public async Task Save_then_get_round_trips_run()
    {
        await Store.SaveAsync(RunFactory.Run("m1", T0), CancellationToken.None);

        var loaded = await Store.GetAsync("m1", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(T0, loaded.Timestamp);
        Assert.Equal(0.5, loaded.Results[0].Timing.TimeToFirstToken);
    }

    [MongoFact]
    public async Task Query_filters_sorts_and_pages()
    {
        await Store.SaveAsync(RunFactory.Run("a", T0, model: "llama3", ttft: 0.9), CancellationToken.None);
        await Store.SaveAsync(RunFactory.Run("b", T0.AddHours(1), model: "qwen3:8b", success: false), CancellationToken.None);
        await Store.SaveAsync(RunFactory.Run("c", T0.AddHours(2), model: "llama3:latest", ttft: 0.5), CancellationToken.None);

        var byModel = await Store.QueryAsync(new HistoryFilter { Model = "llama3" }, CancellationToken.None);
        var byTtft = await Store.QueryAsync(new HistoryFilter { SortBy = HistorySortField.BestTimeToFirstToken, Descending = false, Limit = 2 }, CancellationToken.None);

        Assert.Equal(["c", "a"], byModel.Items.Select(item => item.Id));
        Assert.Equal(3, byTtft.Total);
        Assert.Equal(["b", "c"], byTtft.Items.Select(item => item.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DropDatabaseAsync(CancellationToken.None);
        }

        connection?.Dispose();
    }
}

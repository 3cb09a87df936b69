using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// Index use, the size limit and recovery through the outbox, against the server in
/// BENCHMARKER_TEST_MONGO, in a database made for each test and dropped after it.
/// </summary>
public sealed class MongoServerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly RenderArgs<BsonDocument> RenderArgs = new(
        MongoDB.Bson.Serialization.Serializers.BsonDocumentSerializer.Instance,
        MongoDB.Bson.Serialization.BsonSerializer.SerializerRegistry);

    private readonly string databaseName = "bench_test_" + Guid.NewGuid().ToString("N");

    private readonly TempStore temp = new();

    private MongoConnection? connection;

    private MongoConnection Connection => connection ??= new MongoConnection(Options.Create(new StorageOptions
    {
        Provider = StorageOptions.MongoProvider,
        MongoConnectionString = Environment.GetEnvironmentVariable(MongoFactAttribute.Variable),
        Mongo = new MongoStorageOptions { Database = databaseName },
    }));

    private IMongoCollection<BsonDocument> Runs => Connection.Database.GetCollection<BsonDocument>("runs");

    [MongoFact]
    public async Task Save_creates_history_indexes()
    {
        var store = new MongoBenchmarkRunRepository(Connection);

        await store.SaveAsync(RunFactory.Run("i1", T0), CancellationToken.None);

        var names = (await (await Runs.Indexes.ListAsync()).ToListAsync()).Select(index => index["name"].AsString).ToList();
        Assert.All(MongoRunIndexes.Models, model => Assert.Contains(model.Options.Name, names));
    }

    [MongoTheory]
    [InlineData(null, null, "timestamp_desc")]
    [InlineData("llama3", null, "normalized_models_timestamp_desc")]
    [InlineData(null, false, "success_timestamp_desc")]
    public async Task History_page_reads_index_without_sort(string? model, bool? success, string expectedIndex)
    {
        var store = new MongoBenchmarkRunRepository(Connection);
        for (var i = 0; i < 20; i++)
        {
            await store.SaveAsync(RunFactory.Run($"r{i}", T0.AddMinutes(i), model: i % 2 == 0 ? "llama3" : "qwen3:8b", success: i % 3 != 0), CancellationToken.None);
        }

        var filter = new HistoryFilter { Model = model, Success = success, Limit = 5 };
        var explain = await Connection.Database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            ["explain"] = new BsonDocument
            {
                ["find"] = "runs",
                ["filter"] = MongoHistoryQuery.Filter(filter).Render(RenderArgs),
                ["sort"] = MongoHistoryQuery.Sort(filter).Render(RenderArgs),
                ["limit"] = 5,
            },
            ["verbosity"] = "queryPlanner",
        });

        var plan = explain["queryPlanner"]["winningPlan"].AsBsonDocument;
        Assert.Contains(expectedIndex, Values(plan, "indexName"));
        Assert.DoesNotContain("SORT", Values(plan, "stage"));
    }

    [MongoFact]
    public async Task Oversized_run_is_stored_downsampled()
    {
        var store = new MongoBenchmarkRunRepository(Connection);
        var offsets = Enumerable.Range(0, 2_000_000).Select(i => i * 0.001).ToArray();
        var run = RunFactory.Run("huge", T0) with { Results = [RunFactory.Run("huge", T0).Results[0] with { ChunkOffsets = offsets }] };

        await store.SaveAsync(run, CancellationToken.None);
        var stored = await store.GetAsync("huge", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(2_000_000, stored.Results[0].Downsampled!.ChunkOffsetsOriginalCount);
        Assert.Equal(offsets[^1], stored.Results[0].ChunkOffsets[^1]);
    }

    [MongoFact]
    public async Task Spooled_run_lands_when_server_returns()
    {
        var outbox = Path.Combine(temp.Root, "outbox");
        await using (var down = Build(ClosedMongo.ConnectionString(), outbox))
        {
            var result = await down.GetRequiredService<IBenchmarkRunRepository>().SaveAsync(RunFactory.Run("late", T0), CancellationToken.None);
            Assert.False(result.Persisted);
        }

        await using var up = Build(Environment.GetEnvironmentVariable(MongoFactAttribute.Variable)!, outbox);
        var saved = await up.GetRequiredService<OutboxReplayer>().ReplayAsync(CancellationToken.None);
        var stored = await up.GetRequiredService<IBenchmarkRunRepository>().GetAsync("late", CancellationToken.None);

        Assert.Equal(1, saved);
        Assert.NotNull(stored);
        Assert.False(File.Exists(Path.Combine(outbox, "late.json")));
        Assert.Equal(1, await Runs.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.Client.DropDatabaseAsync(databaseName);
            connection.Dispose();
        }

        temp.Dispose();
    }

    private ServiceProvider Build(string connectionString, string outbox)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = connectionString,
            ["Storage:Mongo:Database"] = databaseName,
            ["Storage:Mongo:ServerSelectionTimeout"] = "00:00:00.300",
            ["Storage:OutboxDirectory"] = outbox,
            ["Storage:Json:Directory"] = temp.Directory,
        }).Build();

        return new ServiceCollection().AddLogging().AddBenchmarkerStorage(configuration).BuildServiceProvider();
    }

    /// <summary>Every value of <paramref name="name"/> anywhere in a plan, whatever the plan's nesting (classic or slot-based engine).</summary>
    private static List<string> Values(BsonValue value, string name)
    {
        var found = new List<string>();
        if (value is BsonDocument document)
        {
            foreach (var element in document)
            {
                if (element.Name == name && element.Value.IsString)
                {
                    found.Add(element.Value.AsString);
                }

                found.AddRange(Values(element.Value, name));
            }
        }
        else if (value is BsonArray array)
        {
            found.AddRange(array.SelectMany(item => Values(item, name)));
        }

        return found;
    }
}

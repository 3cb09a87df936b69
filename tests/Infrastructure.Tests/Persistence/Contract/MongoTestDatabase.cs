using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// A throw-away MongoDB database for one test class, dropped when the class ends. Without
/// <see cref="Variable"/> it connects to nothing, because every test of the class is skipped then.
/// </summary>
public sealed class MongoTestDatabase : IAsyncLifetime
{
    public const string Variable = "BENCHMARKER_TEST_MONGO";

    public const string SkipPurpose = "no MongoDB server to test against";

    public string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable);

    public string Name { get; } = "bench_test_" + Guid.NewGuid().ToString("N");

    public IMongoDatabase Database => (client ?? throw new InvalidOperationException($"{Variable} is not set, so no MongoDB database was opened.")).GetDatabase(Name);

    private MongoClient? client;

    public Task InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            client = new MongoClient(ConnectionString);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (client is not null)
        {
            await client.DropDatabaseAsync(Name);
            client.Dispose();
        }
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// The run store contract against the MongoDB store, in one database per class. Each test empties
/// the runs collection first, because the tests of a class run one after another.
/// </summary>
[RequiresEnvironmentVariable(MongoTestDatabase.Variable, MongoTestDatabase.SkipPurpose)]
public sealed class MongoRunStoreContractTests(MongoTestDatabase database) : RunStoreContract, IClassFixture<MongoTestDatabase>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await database.Database.GetCollection<BsonDocument>("runs").DeleteManyAsync(FilterDefinition<BsonDocument>.Empty);
    }

    private MongoConnection? connection;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        connection?.Dispose();
    }

    protected override IBenchmarkRunRepository CreateStore() => new MongoBenchmarkRunRepository(connection ??= new MongoConnection(Options.Create(new StorageOptions
    {
        Provider = StorageOptions.MongoProvider,
        MongoConnectionString = database.ConnectionString,
        Mongo = new MongoStorageOptions { Database = database.Name },
    })));
}

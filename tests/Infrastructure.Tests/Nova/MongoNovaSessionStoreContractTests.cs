using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Nova;
using Benchmarker.Infrastructure.Tests.Persistence.Contract;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>
/// The Nova session store contract against the MongoDB store, in one database per class. Each test
/// empties the sessions collection first, because the tests of a class run one after another.
/// </summary>
[RequiresEnvironmentVariable(MongoTestDatabase.Variable, MongoTestDatabase.SkipPurpose)]
public sealed class MongoNovaSessionStoreContractTests(MongoTestDatabase database) : NovaSessionStoreContract, IClassFixture<MongoTestDatabase>
{
    private IMongoCollection<NovaSessionDocument> Sessions => database.Database.GetCollection<NovaSessionDocument>(MongoNovaSessionRepository.CollectionName);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Sessions.DeleteManyAsync(FilterDefinition<NovaSessionDocument>.Empty);
    }

    protected override INovaSessionRepository CreateStore() => new MongoNovaSessionRepository(Sessions);
}

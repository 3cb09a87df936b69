using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Nova;
using Benchmarker.Infrastructure.Nova;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Tests.Persistence.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>The Ask Nova session store with no MongoDB behind its port, registered as the host does it.</summary>
public sealed class MongoNovaUnreachableTests
{
    [Fact]
    public async Task List_fails_fast_naming_mongo()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = ClosedMongo.ConnectionString(),
            ["Storage:Mongo:ServerSelectionTimeout"] = "00:00:00.300",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddNovaApplication();
        services.AddNovaSessionStore(configuration);
        services.AddBenchmarkerStorage(configuration);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => provider.GetRequiredService<INovaSessionRepository>().ListAsync(CancellationToken.None));

        Assert.StartsWith("MongoDB at 127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.3 s", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedMongo.Password, error.Message, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// The one <see cref="MongoClient"/> of the process, shared by the run store and the Ask Nova
/// session store, because each client keeps its own connection pool and server monitoring.
/// Server selection and connecting are bounded by <see cref="MongoStorageOptions.ServerSelectionTimeout"/>.
/// </summary>
public sealed class MongoConnection : IDisposable
{
    public MongoConnection(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var connectionString = options.Value.MongoConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Mongo is missing: set it in the environment (ConnectionStrings__Mongo) or in user secrets to use Storage:Provider Mongo.");
        }

        var url = MongoUrl.Create(connectionString);
        var settings = MongoClientSettings.FromUrl(url);
        settings.ServerSelectionTimeout = options.Value.Mongo.ServerSelectionTimeout;
        settings.ConnectTimeout = options.Value.Mongo.ServerSelectionTimeout;

        Servers = MongoConnectionStrings.DescribeServers(url);
        SelectionTimeout = options.Value.Mongo.ServerSelectionTimeout;
        Client = new MongoClient(settings);
        Database = Client.GetDatabase(options.Value.Mongo.Database);
    }

    public IMongoClient Client { get; }

    public IMongoDatabase Database { get; }

    /// <summary>Host and port of each configured server, without credentials.</summary>
    public string Servers { get; }

    public TimeSpan SelectionTimeout { get; }

    public void Dispose() => Client.Dispose();
}

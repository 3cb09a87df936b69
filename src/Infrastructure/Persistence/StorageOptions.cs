namespace Benchmarker.Infrastructure.Persistence;

/// <summary>Storage settings, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string JsonProvider = "Json";

    public const string MongoProvider = "Mongo";

    /// <summary>Which store keeps the runs: "Json" (default) or "Mongo".</summary>
    public string Provider { get; set; } = JsonProvider;

    /// <summary>Directory where runs wait when the store fails on save, until they are replayed.</summary>
    public string OutboxDirectory { get; set; } = "data/outbox";

    /// <summary>Time between two replays of the outbox.</summary>
    public TimeSpan OutboxReplayInterval { get; set; } = TimeSpan.FromMinutes(1);

    public JsonStorageOptions Json { get; set; } = new();

    public MongoStorageOptions Mongo { get; set; } = new();

    /// <summary>
    /// Connection string of MongoDB. <see cref="StorageServiceCollectionExtensions.AddBenchmarkerStorage"/> always sets it from
    /// <c>ConnectionStrings:Mongo</c> (environment or user secrets), so a value under <c>Storage</c> is ignored.
    /// </summary>
    public string? MongoConnectionString { get; set; }

    internal bool UsesMongo => string.Equals(Provider, MongoProvider, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Settings of the JSON-file store (<c>Storage:Json</c>).</summary>
public sealed class JsonStorageOptions
{
    /// <summary>Directory of the run files; a relative path is resolved against the current directory.</summary>
    public string Directory { get; set; } = "data/";
}

/// <summary>Settings of the MongoDB store (<c>Storage:Mongo</c>).</summary>
public sealed class MongoStorageOptions
{
    public string Database { get; set; } = "benchmarker";

    /// <summary>
    /// Maximum wait for a reachable server before a call fails, also used as the connect timeout.
    /// The driver's own default is 30 s, which would hold a finished run that long before the outbox
    /// takes it. This value replaces serverSelectionTimeoutMS and connectTimeoutMS of the connection string.
    /// </summary>
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

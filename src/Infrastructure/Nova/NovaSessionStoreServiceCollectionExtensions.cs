using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.Nova;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;

namespace Benchmarker.Infrastructure.Nova;

/// <summary>Registration of the Ask Nova session store and settings.</summary>
public static class NovaSessionStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Nova</c> section at start, and registers the session store that
    /// <c>Storage:Provider</c> names: <c>Json</c> (default) under <c>Storage:Json:Directory</c>/nova-sessions,
    /// or <c>Mongo</c> in the <c>nova_sessions</c> collection of <c>Storage:Mongo:Database</c>
    /// (default "benchmarker") at <c>ConnectionStrings:Mongo</c>. A missing or unknown setting
    /// fails the storage options validation at start, which names the key.
    /// </summary>
    public static IServiceCollection AddNovaSessionStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NovaOptions>()
            .Bind(configuration.GetSection(NovaOptions.SectionName))
            .ValidateDataAnnotationsByKey()
            .ValidateOnStart();

        // The store is chosen when it is first resolved, after the storage settings have been validated
        // at start, so a bad Storage:Provider or a missing ConnectionStrings:Mongo is reported like
        // every other invalid setting instead of crashing the registration.
        services.AddStorageOptions(configuration);
        services.AddSingleton<INovaSessionRepository>(CreateSessionStore);
        return services;
    }

    private static INovaSessionRepository CreateSessionStore(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (!storage.UsesMongo)
        {
            return new JsonNovaSessionRepository(
                Path.Combine(storage.Json.Directory, "nova-sessions"),
                provider.GetRequiredService<ILogger<JsonNovaSessionRepository>>());
        }

        // One client for both stores, so they share the connection pool and the timeouts.
        var connection = provider.GetRequiredService<MongoConnection>();
        return new MongoNovaSessionRepository(
            connection.Database.GetCollection<NovaSessionDocument>(MongoNovaSessionRepository.CollectionName), connection);
    }
}

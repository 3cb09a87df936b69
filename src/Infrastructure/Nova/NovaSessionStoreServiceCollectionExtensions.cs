using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Nova;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    /// throws here, so the process stops with the key's name.
    /// </summary>
    public static IServiceCollection AddNovaSessionStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NovaOptions>()
            .Bind(configuration.GetSection(NovaOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var provider = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Json", StringComparison.OrdinalIgnoreCase))
        {
            var directory = Path.Combine(configuration["Storage:Json:Directory"] ?? "data", "nova-sessions");
            services.AddSingleton<INovaSessionRepository>(sp =>
                new JsonNovaSessionRepository(directory, sp.GetRequiredService<ILogger<JsonNovaSessionRepository>>()));
            return services;
        }

        if (!provider.Equals("Mongo", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider is '{provider}', which is not a store; set it to Json or Mongo.");
        }

        var connectionString = configuration.GetConnectionString("Mongo");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is Mongo but ConnectionStrings:Mongo is not set; set it in the environment (ConnectionStrings__Mongo) or in user secrets.");
        }

        // The run store's client and timeouts, so both stores share one connection pool.
        services.AddStorageOptions(configuration);
        services.AddSingleton<INovaSessionRepository>(sp =>
        {
            var connection = sp.GetRequiredService<MongoConnection>();
            return new MongoNovaSessionRepository(
                connection.Database.GetCollection<NovaSessionDocument>(MongoNovaSessionRepository.CollectionName), connection);
        });
        return services;
    }
}

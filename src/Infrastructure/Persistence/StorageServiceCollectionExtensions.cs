using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence.Import;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Persistence;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the run store chosen by <c>Storage:Provider</c> ("Json" by default, or "Mongo"),
    /// wrapped by the outbox so a failed save is kept and replayed, plus the replay service, the
    /// probe behind <see cref="StorageHealthCheck"/> and the parser of imported run documents. Settings are validated at start, naming the key at fault.
    /// </summary>
    public static IServiceCollection AddBenchmarkerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddStorageOptions(configuration);

        services.AddSingleton<JsonFileBenchmarkRunRepository>();
        services.AddSingleton<MongoBenchmarkRunRepository>();
        services.AddSingleton<DescribedMongoRunRepository>();
        services.AddSingleton<OutboxSpool>();
        services.AddSingleton<IStorageProbe>(provider => (IStorageProbe)SelectStore(provider));
        services.AddSingleton<IBenchmarkRunRepository>(provider => new SpoolingBenchmarkRunRepository(
            SelectStore(provider),
            provider.GetRequiredService<OutboxSpool>(),
            provider.GetRequiredService<ILogger<SpoolingBenchmarkRunRepository>>()));
        services.AddSingleton(provider => new OutboxReplayer(
            SelectStore(provider),
            provider.GetRequiredService<OutboxSpool>(),
            provider.GetRequiredService<ILogger<OutboxReplayer>>()));
        services.AddHostedService<OutboxReplayService>();
        services.AddHostedService<StoreWarmUpService>();
        services.AddSingleton<IRunDocumentParser, RunDocumentParser>();
        return services;
    }

    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/> and registers the shared <see cref="MongoConnection"/>,
    /// once, because both the run store and the Ask Nova session store need them.
    /// </summary>
    internal static IServiceCollection AddStorageOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ImplementationType == typeof(StorageOptionsValidator)))
        {
            return services;
        }

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.MongoConnectionString = configuration.GetConnectionString("Mongo"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<MongoConnection>();
        return services;
    }

    private static IBenchmarkRunRepository SelectStore(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMongo
            ? provider.GetRequiredService<DescribedMongoRunRepository>()
            : provider.GetRequiredService<JsonFileBenchmarkRunRepository>();
}

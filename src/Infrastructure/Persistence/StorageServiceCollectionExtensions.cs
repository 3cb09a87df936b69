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

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.MongoConnectionString = configuration.GetConnectionString("Mongo"))
            .Validate(
                options => options.UsesMongo || string.Equals(options.Provider, StorageOptions.JsonProvider, StringComparison.OrdinalIgnoreCase),
                "Storage:Provider is invalid: use \"Json\" or \"Mongo\".")
            .Validate(
                options => !options.UsesMongo || !string.IsNullOrWhiteSpace(options.MongoConnectionString),
                "ConnectionStrings:Mongo is missing: Storage:Provider is \"Mongo\", so set ConnectionStrings__Mongo in the environment or in user secrets.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.Json.Directory), "Storage:Json:Directory is empty: set a directory for the run files.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.OutboxDirectory), "Storage:OutboxDirectory is empty: set a directory for runs waiting to be saved.")
            .Validate(options => options.OutboxReplayInterval > TimeSpan.Zero, "Storage:OutboxReplayInterval must be positive, for example \"00:01:00\".")
            .ValidateOnStart();

        services.AddSingleton<JsonFileBenchmarkRunRepository>();
        services.AddSingleton<MongoBenchmarkRunRepository>();
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
        services.AddSingleton<IRunDocumentParser, RunDocumentParser>();
        return services;
    }

    private static IBenchmarkRunRepository SelectStore(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesMongo
            ? provider.GetRequiredService<MongoBenchmarkRunRepository>()
            : provider.GetRequiredService<JsonFileBenchmarkRunRepository>();
}

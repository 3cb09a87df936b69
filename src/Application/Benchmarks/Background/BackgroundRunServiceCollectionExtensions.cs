using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Application.Benchmarks.Background;

public static class BackgroundRunServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registry of background runs as a singleton: runs outlive the request that
    /// started them. The host should call <see cref="BackgroundRunRegistry.CancelAllAsync"/> when it stops.
    /// </summary>
    public static IServiceCollection AddBackgroundRuns(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton<BackgroundRunRegistry>();
        return services;
    }
}

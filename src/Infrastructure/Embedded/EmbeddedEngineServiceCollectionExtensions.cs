using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Embedded;

/// <summary>Registers the in-process llama.cpp engine.</summary>
public static class EmbeddedEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EmbeddedLlamaBackend"/> as an <see cref="IInferenceBackend"/> singleton (it owns
    /// loaded weights, which the container disposes at shutdown), with its options bound from
    /// <c>Engines:Embedded</c> and validated at start.
    /// </summary>
    public static IServiceCollection AddEmbeddedEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<EmbeddedEngineOptions>()
            .Bind(configuration.GetSection(EmbeddedEngineOptions.SectionName))
            .ValidateDataAnnotationsByKey()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddedEngineOptions>, EmbeddedEngineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EmbeddedLlamaBackend>();
        services.AddSingleton<IInferenceBackend>(provider => provider.GetRequiredService<EmbeddedLlamaBackend>());
        return services;
    }
}

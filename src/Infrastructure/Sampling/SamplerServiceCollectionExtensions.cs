using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure.Sampling;

public static class SamplerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Linux /proc sampler as <see cref="ISystemSampler"/> and binds <c>Sampler</c> options.
    /// Binding again after the Application layer did is harmless: both bind the same section.
    /// </summary>
    public static IServiceCollection AddSystemSampler(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SamplerOptions>()
            .Bind(configuration.GetSection(SamplerOptions.SectionName))
            .ValidateDataAnnotationsByKey()
            .ValidateOnStart();
        services.AddSingleton<ISystemSampler, SystemSampler>();
        return services;
    }
}

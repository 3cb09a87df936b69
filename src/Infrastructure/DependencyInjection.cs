using Benchmarker.Infrastructure.Embedded;
using Benchmarker.Infrastructure.Nova;
using Benchmarker.Infrastructure.Ollama;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Sampling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers every adapter behind the Application's ports: the Ollama and embedded llama.cpp
    /// backends, the system sampler and the store chosen by <c>Storage:Provider</c>. Works in a
    /// plain generic host as well as in the web host; options are validated at start.
    /// </summary>
    public static IServiceCollection AddBenchmarkerInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOllamaBackend(configuration);
        services.AddEmbeddedEngine(configuration);
        services.AddSystemSampler(configuration);
        services.AddBenchmarkerStorage(configuration);
        services.AddNovaSessionStore(configuration);

        return services;
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Infrastructure.Ollama.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Registers the Ollama backend, its options (section "Ollama") and its HTTP client.</summary>
public static class OllamaServiceCollectionExtensions
{
    public static IServiceCollection AddOllamaBackend(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<OllamaOptions>()
            .Bind(configuration.GetSection(OllamaOptions.SectionName))
            .ValidateDataAnnotationsByKey()
            .ValidateOnStart();

        services.AddTransient<RequestStartStampHandler>();

        // No HttpClient.Timeout: a cold model load can keep the first byte away for minutes, so the
        // generator applies its own first-byte and idle timeouts and metadata calls their own limit.
        // The handler is never rotated because the backend below is a singleton that keeps its client;
        // PooledConnectionLifetime still recycles connections, so DNS changes are picked up.
        // The factory's per-request logs are removed because they would run between t0 and the first
        // byte; the backend logs retries and failed generations itself.
        services.AddRefitGeneratedClient<IOllamaApi>(OllamaJsonContext.Default)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = new Uri(provider.GetRequiredService<IOptions<OllamaOptions>>().Value.BaseUrl);
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<RequestStartStampHandler>()
            .RemoveAllLoggers();

        // Singleton: the backend keeps the connection opened by WarmUpAsync and remembers that it is
        // warm, which a per-scope instance would lose between the warm-up and the timed requests.
        services.AddSingleton<OllamaBackend>();
        services.AddSingleton<IInferenceBackend>(provider => provider.GetRequiredService<OllamaBackend>());

        return services;
    }
}

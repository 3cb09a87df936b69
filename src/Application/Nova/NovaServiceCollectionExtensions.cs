using Benchmarker.Application.Nova.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Benchmarker.Application.Nova;

/// <summary>Registration of the Ask Nova services that the mediator's handlers depend on.</summary>
public static class NovaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the orchestrator, the model resolver and the per-session locks. The locks are a
    /// singleton because they must be shared by every request. <see cref="NovaOptions"/> are
    /// bound from configuration by the host (see the Infrastructure's AddNovaSessionStore);
    /// without binding, the defaults apply.
    /// </summary>
    public static IServiceCollection AddNovaApplication(this IServiceCollection services)
    {
        services.AddOptions<NovaOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NovaSessionLocks>();
        services.AddScoped<NovaModelResolver>();
        services.AddScoped<NovaOrchestrator>();
        return services;
    }
}

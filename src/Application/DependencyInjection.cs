using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.Benchmarks.SystemLoad;
using Benchmarker.Application.Common.Behaviours;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.Common.Telemetry;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Benchmarker.Application;

/// <summary>Registration of the use cases' services.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers validators, pipeline behaviours (tracing, then logging, then validation), the benchmark executor,
    /// the calculators, <see cref="TimeProvider.System"/> unless a clock is already registered, and the
    /// <c>Benchmark</c> and <c>Sampler</c> options, validated when the host starts.
    /// The mediator itself comes from its source generator, which lives only in the host: the host must
    /// also call <c>services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped)</c>,
    /// and adapters must register every <c>IInferenceBackend</c>, <c>ISystemSampler</c> and <c>IBenchmarkRunRepository</c>.
    /// The behaviours are registered here as open generics, so the host must not list them again in
    /// <c>MediatorOptions.PipelineBehaviors</c>, or they would run twice.
    /// </summary>
    public static IServiceCollection AddBenchmarkerApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        // Mediator 3 wraps the handler in the resolved behaviours from last to first, so the first registered is the outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TracingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RunSlots>();
        services.AddSingleton<MetricsCalculator>();
        services.AddSingleton<SystemImpactCalculator>();
        services.AddScoped<InstalledModelsCheck>();
        services.AddScoped<GenerationInvoker>();
        services.AddScoped<ModelRunner>();
        services.AddScoped<ModelScheduler>();
        services.AddScoped<RunContextReader>();
        services.AddSingleton<RunImpactAttacher>();
        services.AddScoped<IBenchmarkExecutor, BenchmarkExecutor>();

        services.AddOptions<BenchmarkOptions>().BindConfiguration(BenchmarkOptions.SectionName).ValidateDataAnnotationsByKey().ValidateOnStart();
        services.AddOptions<SamplerOptions>().BindConfiguration(SamplerOptions.SectionName).ValidateDataAnnotationsByKey().ValidateOnStart();

        return services;
    }
}

using NSwag.Generation.Processors;

namespace Benchmarker.WebApi.OpenApi;

internal static class OpenApiSetup
{
    /// <summary>Registers the document's processors. NSwag's document registration collects every <see cref="IOperationProcessor"/> from the services.</summary>
    public static IServiceCollection AddBenchmarkerOpenApiProcessors(this IServiceCollection services)
    {
        services.AddSingleton<IOperationProcessor, ProblemContentTypeProcessor>();
        services.AddSingleton<IOperationProcessor, ImportBodyNameProcessor>();

        return services;
    }
}

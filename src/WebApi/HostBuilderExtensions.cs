using Benchmarker.Application;
using Benchmarker.Application.Nova;
using Benchmarker.Infrastructure;
using Benchmarker.Infrastructure.Serialization;
using Benchmarker.WebApi.Errors;
using Benchmarker.WebApi.Health;
using Benchmarker.WebApi.Logging;
using Benchmarker.WebApi.OpenApi;
using Benchmarker.WebApi.Telemetry;
using Microsoft.AspNetCore.Http.Json;

namespace Benchmarker.WebApi;

/// <summary>Service registration of the web host, kept out of Program.cs so it reads as a list of steps.</summary>
internal static class HostBuilderExtensions
{
    public static WebApplicationBuilder AddBenchmarkerHost(this WebApplicationBuilder builder)
    {
        builder.AddBenchmarkerLogging();
        builder.ConfigureOpenTelemetry();

        builder.Services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddBenchmarkerApplication();
        builder.Services.AddNovaApplication();
        builder.Services.AddBenchmarkerInfrastructure(builder.Configuration);

        builder.Services.Configure<JsonOptions>(options => BenchmarkerJson.Configure(options.SerializerOptions));
        builder.Services.AddBenchmarkerProblemDetails();
        builder.Services.AddBenchmarkerHealthChecks();
        builder.AddBenchmarkerUi();

        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddBenchmarkerOpenApiProcessors();
        builder.Services.AddOpenApiDocument(settings =>
        {
            settings.DocumentName = "v1";
            settings.Title = "Ollama Benchmarker API";
            settings.Description = "Benchmarks local language models served by Ollama or run in-process by llama.cpp.";
        });

        return builder;
    }
}

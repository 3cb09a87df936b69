using Benchmarker.Application.Common.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Benchmarker.WebApi.Telemetry;

/// <summary>
/// OpenTelemetry of the web host: our own spans and metrics (<see cref="BenchmarkerTelemetry"/>)
/// plus ASP.NET Core, HttpClient and runtime instrumentation. Nothing leaves the process unless
/// asked: OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, a Prometheus scrape endpoint
/// only when <c>Telemetry:Prometheus:Enabled</c> is true.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "ollama-benchmarker";

    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string PrometheusEnabledKey = "Telemetry:Prometheus:Enabled";

    public const string PrometheusPath = "/metrics";

    public static WebApplicationBuilder ConfigureOpenTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var prometheus = builder.Configuration.GetValue<bool>(PrometheusEnabledKey);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource(BenchmarkerTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(BenchmarkerTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();

                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        if (otlp)
        {
            // The exporter reads the endpoint, protocol and headers from the standard OTEL_* variables.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c> when the Prometheus exporter is switched on. Otherwise the path stays unknown (404).</summary>
    public static WebApplication UseBenchmarkerTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(PrometheusEnabledKey))
        {
            app.MapPrometheusScrapingEndpoint(PrometheusPath);
        }

        return app;
    }

    /// <summary>Health probes and scrapes arrive every few seconds; tracing them would bury the runs.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(PrometheusPath, StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Benchmarker.WebApi.Health;

internal static class HealthChecksSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddBenchmarkerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<BackendsHealthCheck>("backends", tags: [ReadyTag])
            .AddCheck<Infrastructure.Persistence.StorageHealthCheck>("storage", tags: [ReadyTag]);

        return services;
    }

    /// <summary>Liveness runs no check (the process answers); readiness checks storage and backends.</summary>
    public static WebApplication MapBenchmarkerHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        });

        return app;
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

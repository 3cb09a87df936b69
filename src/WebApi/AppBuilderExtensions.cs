using Benchmarker.WebApi.Endpoints;
using Benchmarker.WebApi.Health;
using Benchmarker.WebApi.Telemetry;
using Serilog;

namespace Benchmarker.WebApi;

/// <summary>The request pipeline and the endpoints of the web host.</summary>
internal static class AppBuilderExtensions
{
    public static WebApplication UseBenchmarkerHost(this WebApplication app)
    {
        // Outside the exception handler, so the request log records the status the client received rather
        // than a 500 with the stack trace of an exception the handler turned into a 400 or 503.
        // The host's own logger, not the static one, which each host leaves untouched (see LoggingSetup).
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();

        // Before routing, because routing already returns 415 for a body that is not labelled JSON.
        app.UseMiddleware<Errors.CurlJsonBodyMiddleware>();
        app.UseRouting();
        app.UseStatusCodePages();

        app.UseOpenApi(settings => settings.Path = "/openapi/{documentName}.json");
        app.UseSwaggerUi(settings =>
        {
            settings.Path = "/swagger";
            settings.DocumentPath = "/openapi/{documentName}.json";
        });

        app.MapBenchmarkEndpoints();
        app.MapImportEndpoints();
        app.MapModelEndpoints();
        app.MapSystemEndpoints();
        app.MapNovaEndpoints();
        app.MapBenchmarkerHealthChecks();
        app.UseBenchmarkerTelemetry();
        app.UseBenchmarkerUi();

        return app;
    }

    /// <summary>
    /// Runs the host, turning a configuration error found at start into one log line that names
    /// the key and a non-zero exit code instead of a stack trace.
    /// </summary>
    public static async Task<int> RunWithStartupErrorsReportedAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (StartupValidationFailures.Find(exception) is { } failures)
        {
            app.Logger.LogCritical("Invalid configuration, the service cannot start: {Failures}", string.Join(" ", failures));
            return 2;
        }
    }
}

using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Benchmarker.WebApi.Logging;

/// <summary>Serilog to the console, plus a compact JSON file when <c>Serilog:JsonFile:Path</c> is set.</summary>
internal static class LoggingSetup
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}";

    public static WebApplicationBuilder AddBenchmarkerLogging(this WebApplicationBuilder builder)
    {
        var jsonFilePath = builder.Configuration["Serilog:JsonFile:Path"];

        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .Filter.ByExcluding(IsStartupValidationFailure)
                .Enrich.FromLogContext()
                .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

            if (!string.IsNullOrWhiteSpace(jsonFilePath))
            {
                logger.WriteTo.File(new CompactJsonFormatter(), jsonFilePath);
            }
        },
        // Each host keeps its own logger instead of replacing the process-wide Log.Logger, so
        // several hosts in one process (the functional tests) never write into each other's sinks.
        preserveStaticLogger: true);

        return builder;
    }

    /// <summary>
    /// The host's "Hosting failed to start" error for invalid settings. Its stack trace would hide the
    /// one line naming the key that RunWithStartupErrorsReportedAsync writes for the same exception.
    /// </summary>
    private static bool IsStartupValidationFailure(LogEvent logEvent) =>
        StartupValidationFailures.Find(logEvent.Exception) is not null
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" };
}

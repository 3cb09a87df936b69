using Benchmarker.Application.Benchmarks.Background;
using Benchmarker.Infrastructure.Serialization;
using Benchmarker.WebApi.Background;
using Benchmarker.WebApi.Endpoints;
using Benchmarker.WebApi.Ui;

namespace Benchmarker.WebApi;

/// <summary>
/// The web UI (Razor Pages from Benchmarker.WebUi) and the API routes it relies on. In the host's root
/// namespace so the host files need only one added line each to use it.
/// </summary>
internal static class UiSetup
{
    /// <summary>
    /// Registers Razor Pages, background runs and their shutdown. Static web assets are switched on
    /// explicitly because outside Development the UI's files would otherwise be served empty.
    /// </summary>
    public static WebApplicationBuilder AddBenchmarkerUi(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();

        // Razor Pages brings MVC's own JSON options, which the OpenAPI generator prefers over the
        // minimal API's: give them the same snake_case settings so the document keeps its names.
        // The pages' assembly is added by hand because the build's generated application-part list
        // is not refreshed by an incremental build, which then serves no page at all.
        builder.Services.AddRazorPages()
            .AddApplicationPart(typeof(Benchmarker.WebUi.WebUiAssembly).Assembly)
            .AddJsonOptions(options => BenchmarkerJson.Configure(options.JsonSerializerOptions));
        builder.Services.AddBackgroundRuns();
        builder.Services.AddHostedService<BackgroundRunShutdown>();

        return builder;
    }

    /// <summary>Security headers, the UI's files and pages, and the background-run, export and compare routes.</summary>
    public static WebApplication UseBenchmarkerUi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();

        app.MapRazorPages();
        app.MapBackgroundRunEndpoints();
        app.MapExportEndpoints();

        return app;
    }
}

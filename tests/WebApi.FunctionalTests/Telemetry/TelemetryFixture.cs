using System.Diagnostics;
using Benchmarker.TestSupport.ScriptedOllama;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Benchmarker.WebApi.FunctionalTests.Telemetry;

/// <summary>
/// A host whose spans and metrics go to in-memory exporters, with the Prometheus endpoint on.
/// Our meter is process-wide, so metrics may also hold measurements of other test classes' hosts:
/// tests look for their own run's values rather than exact totals.
/// NOTE: log lines are not asserted: the host's Serilog setup replaces the process-wide static logger,
/// so with several hosts in one test process an event can reach another host's sinks.
/// </summary>
public sealed class TelemetryFixture : IAsyncLifetime
{
    private ScriptedOllamaServer? ollama;
    private ApiFactory? factory;
    private WebApplicationFactory<Program>? host;

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public WebApplicationFactory<Program> Host => host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        ollama = await ScriptedOllamaServer.StartAsync();
        ollama.AddModel(ApiFixture.ScriptedModelName, model => model.WithChunks("Hello", " world", "!"));
        factory = new ApiFactory(ollama, new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true" });
        host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics))));
    }

    /// <summary>Collects the metrics now instead of waiting for the exporter's interval.</summary>
    public void FlushMetrics() => Host.Services.GetRequiredService<MeterProvider>().ForceFlush();

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            // Disposing the factory also disposes the host derived from it.
            await factory.DisposeAsync();
        }

        if (ollama is not null)
        {
            await ollama.DisposeAsync();
        }
    }
}

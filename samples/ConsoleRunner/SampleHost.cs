using Benchmarker.Application;
using Benchmarker.Application.Nova;
using Benchmarker.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Samples.ConsoleRunner;

/// <summary>
/// A plain generic host with the same registrations as the web service, minus the web: this is
/// all a program needs to run benchmarks in-process through the mediator.
/// </summary>
public static class SampleHost
{
    /// <param name="configurationArgs">Only <c>--Section:Key=value</c> arguments; positional ones are the runner's.</param>
    /// <param name="settings">Values that override every other source (tests point the directories at temporary ones).</param>
    public static IHost Build(string[] configurationArgs, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configurationArgs });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // The table is the output; the service's own logs stay below warnings.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddMediator(options => options.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddBenchmarkerApplication();
        builder.Services.AddNovaApplication();
        builder.Services.AddBenchmarkerInfrastructure(builder.Configuration);

        return builder.Build();
    }
}

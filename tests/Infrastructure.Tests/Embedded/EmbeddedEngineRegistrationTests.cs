using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class EmbeddedEngineRegistrationTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Registration_BindsOptionsAndResolvesBackend()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Engines:Embedded:ModelsDirectory"] = directory.Path,
            ["Engines:Embedded:KeepAlive"] = "00:01:00",
            ["Engines:Embedded:Threads"] = "2",
        });

        var options = provider.GetRequiredService<IOptions<EmbeddedEngineOptions>>().Value;
        var backend = Assert.Single(provider.GetServices<IInferenceBackend>());

        Assert.Equal(directory.Path, options.ModelsDirectory);
        Assert.Equal(TimeSpan.FromMinutes(1), options.KeepAlive);
        Assert.Equal(2, options.Threads);
        Assert.True(options.SuppressEndOfSequence);
        Assert.Equal(128, options.DefaultNumPredict);
        Assert.Equal("embedded", backend.Name);
        Assert.Same(provider.GetRequiredService<EmbeddedLlamaBackend>(), backend);
    }

    [Fact]
    public void Registration_RejectsDefaultAboveMaximum()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Engines:Embedded:DefaultNumPredict"] = "500",
            ["Engines:Embedded:MaxNumPredict"] = "100",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmbeddedEngineOptions>>().Value);

        Assert.Contains("Engines:Embedded:DefaultNumPredict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_RejectsZeroThreads()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Engines:Embedded:Threads"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmbeddedEngineOptions>>().Value);

        Assert.Contains("Threads", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddEmbeddedEngine(configuration);
        return services.BuildServiceProvider();
    }
}

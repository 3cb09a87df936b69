using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure.Tests.Ollama;

/// <summary>An <see cref="OllamaBackend"/> wired through <c>AddOllamaBackend</c>, as the host wires it.</summary>
internal sealed class BackendHost : IDisposable
{
    private readonly ServiceProvider provider;

    public BackendHost(string baseUrl, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ollama:BaseUrl"] = baseUrl,
            ["Ollama:RetryBaseDelay"] = "00:00:00.001",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        provider = new ServiceCollection().AddLogging().AddOllamaBackend(configuration).BuildServiceProvider();
        Backend = provider.GetRequiredService<IInferenceBackend>();
    }

    public IInferenceBackend Backend { get; }

    public IServiceProvider Services => provider;

    public Task<GenerationOutcome> GenerateAsync(string model, GenerationParameters? parameters = null, IGenerationObserver? observer = null, CancellationToken cancellationToken = default) =>
        Backend.GenerateAsync(
            new GenerationRequest(model, "Why is the sky blue?", parameters ?? new GenerationParameters()),
            observer ?? NullGenerationObserver.Instance,
            cancellationToken);

    public void Dispose() => provider.Dispose();
}

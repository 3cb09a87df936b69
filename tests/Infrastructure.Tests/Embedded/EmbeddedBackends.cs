using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Embedded;
using Benchmarker.Infrastructure.Embedded.Demo;
using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Embedded;

/// <summary>Creates engines over a fresh models directory holding the demo model.</summary>
internal static class EmbeddedBackends
{
    public const string DemoModel = DemoModelGenerator.DefaultFileName;

    public static EmbeddedLlamaBackend Create(TemporaryDirectory directory, Action<EmbeddedEngineOptions>? configure = null)
    {
        var options = new EmbeddedEngineOptions { ModelsDirectory = directory.Path, CreateDemoModel = true };
        configure?.Invoke(options);
        return new EmbeddedLlamaBackend(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<EmbeddedLlamaBackend>.Instance);
    }

    public static GenerationRequest Request(int numPredict, int? seed = 42, double? temperature = 0.8, string model = DemoModel) =>
        new(model, "the sky is blue", new GenerationParameters { NumPredict = numPredict, Seed = seed, Temperature = temperature });

    public static string Text(GenerationOutcome outcome) => string.Concat(outcome.Chunks.Select(chunk => chunk.Text));
}

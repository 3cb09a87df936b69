using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Models;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Support;

/// <summary>Substitute backends: "ollama" owns every name but *.gguf files, "embedded" owns those.</summary>
internal static class Backends
{
    public static IInferenceBackend Ollama(params string[] installed) =>
        Create("ollama", name => !name.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase), installed);

    public static IInferenceBackend Embedded(params string[] installed) =>
        Create("embedded", name => name.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase), installed);

    private static IInferenceBackend Create(string name, Func<string, bool> owns, string[] installed)
    {
        var backend = Substitute.For<IInferenceBackend>();
        backend.Name.Returns(name);
        backend.Owns(Arg.Any<string>()).Returns(call => owns(call.Arg<string>()));
        backend.ListModelsAsync(Arg.Any<CancellationToken>())
            .Returns(installed.Select(model => new ModelDetails { Name = model, Backend = name }).ToList());
        backend.ListLoadedModelsAsync(Arg.Any<CancellationToken>()).Returns([]);
        backend.GetStatusAsync(Arg.Any<CancellationToken>()).Returns(new BackendStatus(name, true, "0.12.0", "http://127.0.0.1:11434", null));

        return backend;
    }
}

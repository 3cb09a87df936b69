using Benchmarker.Domain.Models;

namespace Benchmarker.Application.Abstractions;

/// <summary>
/// A server or engine that runs models: Ollama over HTTP, or llama.cpp in-process.
/// Failures to reach the backend throw <see cref="Common.Exceptions.BackendUnavailableException"/>;
/// failures of one generation are reported in its <see cref="GenerationOutcome"/>, never thrown.
/// </summary>
public interface IInferenceBackend
{
    /// <summary>Backend name stored on results: "ollama" or "embedded".</summary>
    string Name { get; }

    /// <summary>Whether a model name belongs to this backend by its form (a "*.gguf" file name is the embedded engine's).</summary>
    bool Owns(string model);

    Task<BackendStatus> GetStatusAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ModelDetails>> ListModelsAsync(CancellationToken cancellationToken);

    /// <summary>Details of one model, or null when it is not installed.</summary>
    Task<ModelDetails?> DescribeModelAsync(string model, CancellationToken cancellationToken);

    /// <summary>Models loaded in memory now; empty when the backend cannot tell.</summary>
    Task<IReadOnlyList<LoadedModelState>> ListLoadedModelsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens connections and exercises the request path once, so connection set-up and first-call
    /// JIT do not land in the first model's time to first token.
    /// </summary>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Streams one generation. Chunks reach <paramref name="observer"/> as they arrive; the outcome
    /// carries every chunk with its arrival timestamp, the server's statistics and, on failure, the
    /// partial answer with the reason. Cancelling <paramref name="cancellationToken"/> stops the
    /// generation and returns a <see cref="GenerationStatus.Cancelled"/> outcome.
    /// </summary>
    Task<GenerationOutcome> GenerateAsync(GenerationRequest request, IGenerationObserver observer, CancellationToken cancellationToken);
}

/// <summary>Whether a backend answers, and what it is.</summary>
public sealed record BackendStatus(string Backend, bool Available, string? Version, string Location, string? Error);

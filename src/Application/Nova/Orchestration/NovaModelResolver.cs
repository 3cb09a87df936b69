using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Models;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Picks the model and its backend: the request's model, else <c>Nova:DefaultModel</c>, else the
/// first model listed by Ollama, then by the embedded engine. A model that no backend lists is a
/// validation error (400) naming the installed models.
/// </summary>
public sealed class NovaModelResolver(IEnumerable<IInferenceBackend> backends, IOptions<NovaOptions> options)
{
    private const string Field = "parameters.model";

    public async Task<(IInferenceBackend Backend, string Model)> ResolveAsync(string? requested, CancellationToken cancellationToken)
    {
        var model = string.IsNullOrWhiteSpace(requested) ? options.Value.DefaultModel?.Trim() : requested.Trim();
        if (string.IsNullOrEmpty(model))
        {
            return await FirstListedAsync(cancellationToken);
        }

        var backend = backends.FirstOrDefault(b => b.Owns(model))
            ?? throw Invalid($"No inference backend accepts the model name '{model}'. Use an Ollama model name or a *.gguf file name.");

        var installed = await backend.ListModelsAsync(cancellationToken);
        var match = installed.FirstOrDefault(m => m.Name == model || m.Name == $"{model}:latest");
        if (match is null)
        {
            var names = installed.Count == 0 ? "none" : string.Join(", ", installed.Select(m => m.Name));
            throw Invalid($"Model '{model}' is not installed on the {backend.Name} backend. Installed models: {names}.");
        }

        return (backend, model);
    }

    private async Task<(IInferenceBackend Backend, string Model)> FirstListedAsync(CancellationToken cancellationToken)
    {
        foreach (var backend in backends.OrderBy(b => b.Name == "ollama" ? 0 : 1))
        {
            var installed = await ListIfReachableAsync(backend, cancellationToken);
            if (installed.Count > 0)
            {
                return (backend, installed[0].Name);
            }
        }

        throw Invalid("No model is available and none was given. Install one (for example `ollama pull llama3.2`, or put a .gguf file in the embedded engine's models directory), or set parameters.model or Nova:DefaultModel.");
    }

    /// <summary>Lists a backend's models, or none when it is down: a stopped Ollama must not hide the embedded engine's models.</summary>
    private static async Task<IReadOnlyList<ModelDetails>> ListIfReachableAsync(IInferenceBackend backend, CancellationToken cancellationToken)
    {
        try
        {
            var status = await backend.GetStatusAsync(cancellationToken);
            return status.Available ? await backend.ListModelsAsync(cancellationToken) : [];
        }
        catch (BackendUnavailableException)
        {
            return [];
        }
    }

    private static ValidationException Invalid(string message) =>
        new(message, [new ValidationFailure(Field, message)]);
}

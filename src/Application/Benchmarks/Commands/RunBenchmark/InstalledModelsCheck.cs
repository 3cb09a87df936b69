using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Models;
using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>
/// Rejects models their backend does not have, naming the installed ones so the user can pick one.
/// A backend that cannot be reached throws <see cref="Common.Exceptions.BackendUnavailableException"/>,
/// which the API reports as 502 rather than as a validation error.
/// </summary>
internal sealed class InstalledModelsCheck(IEnumerable<IInferenceBackend> backends)
{
    /// <summary>Installed names listed in a message before the rest are only counted.</summary>
    public const int MaxListedModels = 20;

    public async Task CheckAsync(IReadOnlyList<string> models, ValidationContext<RunBenchmarkCommand> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(context);

        var installedByBackend = new Dictionary<IInferenceBackend, IReadOnlyList<string>>();

        foreach (var model in models)
        {
            var backend = backends.FirstOrDefault(candidate => candidate.Owns(model));
            if (backend is null)
            {
                context.AddFailure("Models", $"No inference backend serves model '{model}'; check that its backend is enabled in the configuration.");
                continue;
            }

            if (!installedByBackend.TryGetValue(backend, out var installed))
            {
                var listed = await backend.ListModelsAsync(cancellationToken).ConfigureAwait(false);
                installed = listed.Select(details => details.Name).ToList();
                installedByBackend[backend] = installed;
            }

            if (!installed.Any(name => ModelNames.SameModel(name, model)))
            {
                context.AddFailure("Models", $"Model '{model}' is not installed on {backend.Name}. {DescribeInstalled(installed)}");
            }
        }
    }

    private static string DescribeInstalled(IReadOnlyList<string> installed)
    {
        if (installed.Count == 0)
        {
            return "No models are installed there; pull or copy one first.";
        }

        var listed = string.Join(", ", installed.Order(StringComparer.Ordinal).Take(MaxListedModels));
        var rest = installed.Count > MaxListedModels ? $" and {installed.Count - MaxListedModels} more" : "";

        return $"Installed models: {listed}{rest}.";
    }
}

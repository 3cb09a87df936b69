using Benchmarker.Application.Common.Models;
using Benchmarker.Application.Common.Options;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>
/// Checks a run request before any model is touched. Every rule runs, so the caller sees all problems
/// at once. The installed-model check calls the backends, so it only runs when the names are well formed.
/// </summary>
internal sealed class RunBenchmarkCommandValidator : AbstractValidator<RunBenchmarkCommand>
{
    public RunBenchmarkCommandValidator(IOptions<BenchmarkOptions> options, InstalledModelsCheck installedModels)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(installedModels);

        var limits = options.Value;

        RuleFor(command => command.Prompt)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'prompt' is required: type the text to send to every model.")
            .MaximumLength(limits.MaxPromptLength);

        RuleFor(command => command.Models)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'models' must name at least one model; GET /api/models lists the installed ones.")
            .Must(models => models.Count <= limits.MaxModels)
            .WithMessage(command => $"'models' may name at most {limits.MaxModels} models, but named {command.Models.Count}.");

        RuleFor(command => command.Models)
            .Must(HaveDistinctNames)
            .When(command => command.Models is not null)
            .WithMessage(command => $"'models' names a model twice ({string.Join(", ", Duplicates(command.Models))}); \"name\" and \"name:latest\" are the same model.");

        RuleForEach(command => command.Models)
            .Must(ModelNames.IsValid)
            .WithMessage("'{PropertyValue}' is not a valid model name: use an Ollama name such as \"llama3.2:3b\" or \"namespace/model:tag\", or a GGUF file name such as \"tiny.gguf\" without any directory.");

        RuleFor(command => command.Models)
            .CustomAsync(installedModels.CheckAsync)
            .When(command => command.Models is { Count: > 0 } models
                && models.Count <= limits.MaxModels
                && models.All(ModelNames.IsValid));

        RuleFor(command => command.Parameters!)
            .SetValidator(new GenerationParametersValidator())
            .When(command => command.Parameters is not null);

        RuleFor(command => command.Mode).IsInEnum();
    }

    private static bool HaveDistinctNames(IReadOnlyList<string> models) => !Duplicates(models).Any();

    private static IEnumerable<string> Duplicates(IReadOnlyList<string> models) =>
        models
            .Where(model => !string.IsNullOrEmpty(model))
            .GroupBy(ModelNames.Normalise, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.First());
}

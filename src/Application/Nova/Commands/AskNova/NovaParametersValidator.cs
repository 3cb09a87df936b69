using FluentValidation;

namespace Benchmarker.Application.Nova.Commands.AskNova;

/// <summary>Ranges of the optional Ask Nova parameters.</summary>
internal sealed class NovaParametersValidator : AbstractValidator<NovaParameters>
{
    public NovaParametersValidator()
    {
        RuleFor(p => p.Model).MaximumLength(AskNovaCommandValidator.MaxModelNameLength).OverridePropertyName("model")
            .WithMessage($"model is longer than {AskNovaCommandValidator.MaxModelNameLength} characters; send an installed model's name.");

        RuleFor(p => p.Iterations).InclusiveBetween(1, AskNovaCommandValidator.MaxIterations).OverridePropertyName("iterations")
            .WithMessage(p => $"iterations is {p.Iterations}; it must be between 1 and {AskNovaCommandValidator.MaxIterations}.");

        RuleFor(p => p.Temperature).InclusiveBetween(0.0, 2.0).OverridePropertyName("temperature")
            .WithMessage(p => $"temperature is {p.Temperature}; it must be between 0 and 2.");

        RuleFor(p => p.MaxTokens).InclusiveBetween(1, AskNovaCommandValidator.MaxTokensLimit).OverridePropertyName("max_tokens")
            .WithMessage(p => $"max_tokens is {p.MaxTokens}; it must be between 1 and {AskNovaCommandValidator.MaxTokensLimit} tokens per step.");

        RuleFor(p => p.Experts!.Count).LessThanOrEqualTo(AskNovaCommandValidator.MaxExperts).When(p => p.Experts is not null).OverridePropertyName("experts")
            .WithMessage(p => $"experts has {p.Experts!.Count} names; send at most {AskNovaCommandValidator.MaxExperts}, or none to let the planner choose.");

        RuleForEach(p => p.Experts).Must(BeExpertName).OverridePropertyName("experts")
            .WithMessage((_, name) => $"expert name '{name}' must be 1 to {AskNovaCommandValidator.MaxExpertNameLength} characters and not blank.");
    }

    private static bool BeExpertName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= AskNovaCommandValidator.MaxExpertNameLength;
}

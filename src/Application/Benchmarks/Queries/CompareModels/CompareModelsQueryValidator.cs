using Benchmarker.Application.Common.Models;
using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Queries.CompareModels;

internal sealed class CompareModelsQueryValidator : AbstractValidator<CompareModelsQuery>
{
    public const int MaxModels = 10;
    public const int MaxRunIds = 200;

    public CompareModelsQueryValidator()
    {
        RuleFor(query => query)
            .Must(query => query.Models is { Count: > 0 } || query.RunIds is { Count: > 0 })
            .WithName("models")
            .WithMessage("Choose at least one model (models) or one run (run_ids) to compare.");

        RuleFor(query => query.Models!)
            .Must(models => models.Count <= MaxModels)
            .When(query => query.Models is not null)
            .WithMessage($"models may name at most {MaxModels} models.");

        RuleForEach(query => query.Models)
            .Must(ModelNames.IsValid)
            .WithMessage("'{PropertyValue}' is not a valid model name.");

        RuleFor(query => query.RunIds!)
            .Must(ids => ids.Count <= MaxRunIds)
            .When(query => query.RunIds is not null)
            .WithMessage($"run_ids may list at most {MaxRunIds} runs.");

        RuleForEach(query => query.RunIds)
            .Matches("^[A-Za-z0-9_.-]{1,128}$")
            .WithMessage("'{PropertyValue}' is not a run id: copy ids from the history.");

        RuleFor(query => query.To)
            .GreaterThanOrEqualTo(query => query.From)
            .When(query => query.From is not null && query.To is not null)
            .WithMessage("to must not be earlier than from.");
    }
}

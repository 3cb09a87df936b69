using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkById;

internal sealed class GetBenchmarkByIdQueryValidator : AbstractValidator<GetBenchmarkByIdQuery>
{
    public GetBenchmarkByIdQueryValidator()
    {
        RuleFor(query => query.Id)
            .NotEmpty()
            .MaximumLength(128)
            .Matches("^[A-Za-z0-9_.-]+$")
            .WithMessage("The run id may contain only letters, digits, '_', '.' and '-'; copy it from the history.");
    }
}

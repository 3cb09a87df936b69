using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Queries.WatchBackgroundRun;

internal sealed class WatchBackgroundRunQueryValidator : AbstractValidator<WatchBackgroundRunQuery>
{
    public WatchBackgroundRunQueryValidator()
    {
        RuleFor(query => query.Id)
            .NotEmpty()
            .MaximumLength(128)
            .Matches("^[A-Za-z0-9_.-]+$")
            .WithMessage("The run id may contain only letters, digits, '_', '.' and '-'; use the id returned when the run started.");

        RuleFor(query => query.AfterId)
            .GreaterThanOrEqualTo(0)
            .WithMessage("Last-Event-ID must be a whole number of 0 or more.");
    }
}

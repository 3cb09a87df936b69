using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;

internal sealed class GetBenchmarkHistoryQueryValidator : AbstractValidator<GetBenchmarkHistoryQuery>
{
    public const int MaxLimit = 500;

    public GetBenchmarkHistoryQueryValidator()
    {
        RuleFor(query => query.Limit)
            .InclusiveBetween(1, MaxLimit)
            .WithMessage($"limit must be between 1 and {MaxLimit}.");

        RuleFor(query => query.Offset)
            .GreaterThanOrEqualTo(0)
            .WithMessage("offset must be 0 or more.");

        RuleFor(query => query.To)
            .GreaterThanOrEqualTo(query => query.From)
            .When(query => query.From is not null && query.To is not null)
            .WithMessage("to must not be earlier than from.");

        RuleFor(query => query.Sort)
            .Must(sort => HistorySort.TryParse(sort, out _, out _))
            .WithMessage($"sort must be one of {string.Join(", ", HistorySort.Fields.Keys)}, with '-' in front for descending order.");

        RuleFor(query => query.Model).MaximumLength(300);
        RuleFor(query => query.Prompt).MaximumLength(1000);
    }
}

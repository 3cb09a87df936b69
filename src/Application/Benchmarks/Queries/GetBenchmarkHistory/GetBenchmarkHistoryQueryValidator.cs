using Benchmarker.Application.Abstractions;
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

        RuleFor(query => query.Cursor)
            .Must((query, _) => query.Offset == 0)
            .When(query => !string.IsNullOrEmpty(query.Cursor))
            .WithMessage("cursor and offset cannot be combined, because the cursor already marks the position: leave offset out when you pass cursor.");

        // No length limit: a models-sort cursor contains every model name of a run, and the
        // request line limit already bounds what reaches the decoder.
        RuleFor(query => query.Cursor)
            .Custom(CheckCursor)
            .When(query => !string.IsNullOrEmpty(query.Cursor) && HistorySort.TryParse(query.Sort, out _, out _));

        RuleFor(query => query.Model).MaximumLength(300);
        RuleFor(query => query.Prompt).MaximumLength(1000);
    }

    private static void CheckCursor(string? cursor, ValidationContext<GetBenchmarkHistoryQuery> context)
    {
        HistorySort.TryParse(context.InstanceToValidate.Sort, out var sortBy, out var descending);
        if (HistoryCursor.TryDecode(cursor!, sortBy, descending, out var error) is null)
        {
            context.AddFailure(nameof(GetBenchmarkHistoryQuery.Cursor), $"cursor {error}: start again without cursor.");
        }
    }
}

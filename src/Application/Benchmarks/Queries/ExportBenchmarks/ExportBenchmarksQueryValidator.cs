using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;
using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;

internal sealed class ExportBenchmarksQueryValidator : AbstractValidator<ExportBenchmarksQuery>
{
    public ExportBenchmarksQueryValidator()
    {
        RuleFor(query => query.Format)
            .Must(format => format is not null && (format.Equals("csv", StringComparison.OrdinalIgnoreCase) || format.Equals("json", StringComparison.OrdinalIgnoreCase)))
            .WithMessage("format must be csv or json.");

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

using Benchmarker.Application.Common.Options;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Benchmarks.Commands.ImportRuns;

/// <summary>
/// Checks the batch as a whole. Each document is checked by the handler instead, so one bad
/// document is reported on its own line and never rejects the others.
/// </summary>
internal sealed class ImportRunsCommandValidator : AbstractValidator<ImportRunsCommand>
{
    public ImportRunsCommandValidator(IOptions<BenchmarkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var maxDocuments = options.Value.MaxImportDocuments;

        RuleFor(command => command.Documents)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'documents' is empty: send at least one run document.")
            .Must(documents => documents.Count <= maxDocuments)
            .WithMessage(command => $"{command.Documents.Count} documents were sent, but one import takes at most {maxDocuments} (Benchmark:MaxImportDocuments): split them into smaller imports.");
    }
}

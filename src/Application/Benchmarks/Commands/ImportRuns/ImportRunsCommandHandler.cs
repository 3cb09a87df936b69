using Benchmarker.Application.Abstractions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Commands.ImportRuns;

/// <summary>
/// Imports the documents one by one and reports each. A document that cannot be parsed, or whose id
/// appeared earlier in the same batch, is rejected and the rest continue. A stored id is skipped
/// without writing. A store that cannot be read throws <see cref="Common.Exceptions.StorageUnavailableException"/>
/// and stops the import. The runs saved before it stay saved, so importing again is safe.
/// </summary>
public sealed partial class ImportRunsCommandHandler(
    IRunDocumentParser parser,
    IBenchmarkRunRepository repository,
    ILogger<ImportRunsCommandHandler> logger) : ICommandHandler<ImportRunsCommand, ImportRunsReport>
{
    public async ValueTask<ImportRunsReport> Handle(ImportRunsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var firstSourceById = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<ImportedDocument>(command.Documents.Count);
        foreach (var document in command.Documents)
        {
            lines.Add(await ImportAsync(document, firstSourceById, cancellationToken).ConfigureAwait(false));
        }

        var report = ImportRunsReport.From(lines);
        LogImported(logger, report.Total, report.Imported, report.AlreadyPresent, report.Queued, report.Rejected);
        return report;
    }

    private async Task<ImportedDocument> ImportAsync(ImportDocument document, Dictionary<string, string> firstSourceById, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(document.Content, ImportIds.FromContent(document.Content));
        if (parsed.Run is not { } run)
        {
            return Rejected(document.Source, null, parsed.Error ?? "The document is not a run.");
        }

        if (!firstSourceById.TryAdd(run.Id, document.Source))
        {
            return Rejected(document.Source, run.Id,
                $"Run id '{run.Id}' already appears in {firstSourceById[run.Id]} of this import, which was used instead: give one of them another id or leave it out.");
        }

        if (await repository.GetAsync(run.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new ImportedDocument(document.Source, run.Id, ImportOutcome.AlreadyPresent);
        }

        // An API response carries its save outcome and warnings, but stored runs leave both out.
        var saved = await repository.SaveAsync(run with { Persisted = null, Warnings = null }, cancellationToken).ConfigureAwait(false);
        return saved.Persisted
            ? new ImportedDocument(document.Source, run.Id, ImportOutcome.Imported)
            : new ImportedDocument(document.Source, run.Id, ImportOutcome.Queued, saved.OutboxReason);
    }

    private ImportedDocument Rejected(string source, string? id, string reason)
    {
        LogRejected(logger, source, id, reason);
        return new ImportedDocument(source, id, ImportOutcome.Rejected, reason);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Import rejected {Source} (run id {RunId}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string source, string? runId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Total} run documents: {Imported} imported, {AlreadyPresent} already present, {Queued} queued, {Rejected} rejected")]
    private static partial void LogImported(ILogger logger, int total, int imported, int alreadyPresent, int queued, int rejected);
}

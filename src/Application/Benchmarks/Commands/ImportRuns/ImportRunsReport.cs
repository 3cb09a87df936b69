namespace Benchmarker.Application.Benchmarks.Commands.ImportRuns;

/// <summary>Counts per outcome and one line per document, in the order the documents were sent.</summary>
public sealed record ImportRunsReport(
    int Total,
    int Imported,
    int AlreadyPresent,
    int Queued,
    int Rejected,
    IReadOnlyList<ImportedDocument> Documents)
{
    public static ImportRunsReport From(IReadOnlyList<ImportedDocument> documents) => new(
        documents.Count,
        documents.Count(document => document.Outcome == ImportOutcome.Imported),
        documents.Count(document => document.Outcome == ImportOutcome.AlreadyPresent),
        documents.Count(document => document.Outcome == ImportOutcome.Queued),
        documents.Count(document => document.Outcome == ImportOutcome.Rejected),
        documents);
}

/// <summary>
/// What happened to one document. <see cref="Id"/> is null only when the document was rejected before
/// it had an id. <see cref="Reason"/> is set for <c>queued</c> and <c>rejected</c>.
/// </summary>
public sealed record ImportedDocument(string Source, string? Id, ImportOutcome Outcome, string? Reason = null);

/// <summary>Outcome of one document, written in snake_case in JSON ("already_present").</summary>
public enum ImportOutcome
{
    /// <summary>The store now contains the run.</summary>
    Imported,

    /// <summary>A run with this id was already stored, so it was left as it was.</summary>
    AlreadyPresent,

    /// <summary>The store failed, so the run waits in the outbox and is saved when the store is back.</summary>
    Queued,

    /// <summary>The document is not an importable run, or its id appeared earlier in the same import. <see cref="ImportedDocument.Reason"/> explains which.</summary>
    Rejected,
}

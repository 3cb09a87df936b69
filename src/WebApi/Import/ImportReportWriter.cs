using Benchmarker.Application.Benchmarks.Commands.ImportRuns;

namespace Benchmarker.WebApi.Import;

/// <summary>Writes one line per rejected or queued document, then a summary line.</summary>
internal static class ImportReportWriter
{
    public static void Write(ImportRunsReport report, int fileCount, TextWriter output)
    {
        foreach (var line in report.Documents.Where(line => line.Outcome is ImportOutcome.Rejected or ImportOutcome.Queued))
        {
            var outcome = line.Outcome == ImportOutcome.Rejected ? "rejected" : "queued";
            var id = line.Id is null ? "" : $" (id {line.Id})";
            output.WriteLine($"{outcome}: {line.Source}{id}: {line.Reason}");
        }

        output.WriteLine(
            $"{report.Total} documents from {fileCount} files: {report.Imported} imported, {report.AlreadyPresent} already present, {report.Queued} queued, {report.Rejected} rejected.");
    }
}

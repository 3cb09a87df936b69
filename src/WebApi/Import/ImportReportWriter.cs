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

        if (report.Queued > 0)
        {
            output.WriteLine(
                "Queued runs wait in the outbox. The import command does not replay it while it runs: run the import again once the store is reachable, " +
                "or start the service with the same Storage:OutboxDirectory, and either saves them.");
        }

        output.WriteLine(
            $"{Count(report.Total, "document")} from {Count(fileCount, "file")}: {report.Imported} imported, {report.AlreadyPresent} already present, {report.Queued} queued, {report.Rejected} rejected.");
    }

    /// <summary>Returns the count with the noun in singular or plural, such as "1 file" or "2 files".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using Benchmarker.Application.Common.Options;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Mediator;
using Microsoft.Extensions.Options;

namespace Benchmarker.WebApi.Import;

/// <summary>
/// Builds the web host's services with the web host's configuration sources (appsettings, environment,
/// user secrets in Development, then the settings given on the command line), never starts the
/// server, and sends the documents in batches of at most <c>Benchmark:MaxImportDocuments</c>.
/// </summary>
internal static class ImportRunner
{
    /// <summary>Warnings and errors only, so the report lines stay readable. A --Serilog:MinimumLevel:Default given later overrides it.</summary>
    private const string DefaultLogLevel = "--Serilog:MinimumLevel:Default=Warning";

    /// <summary>Builds the host. Throws <see cref="InvalidOperationException"/> when a setting read at registration is invalid.</summary>
    public static WebApplication CreateHost(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [DefaultLogLevel, .. settings],
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.AddBenchmarkerHost();
        return builder.Build();
    }

    /// <summary>Imports the documents, writes the report and returns the exit code. Throws <see cref="OptionsValidationException"/> for invalid settings.</summary>
    public static async Task<int> RunAsync(WebApplication app, ImportSources sources, TextWriter output, CancellationToken cancellationToken)
    {
        var batchSize = app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.MaxImportDocuments;

        // The host is never started, so its replay service does not run. Without this, runs queued by an
        // earlier import count as already present and stay out of the store until the service runs with this outbox.
        var replayed = await app.Services.ReplayOutboxAsync(cancellationToken);
        if (replayed > 0)
        {
            var saved = replayed == 1 ? "1 run waiting in the outbox was" : $"{replayed} runs waiting in the outbox were";
            output.WriteLine($"{saved} saved to the store before the import.");
        }

        var lines = new List<ImportedDocument>(sources.Unreadable);
        foreach (var batch in sources.Documents.Chunk(batchSize))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var report = await sender.Send(new ImportRunsCommand(batch), cancellationToken);
            lines.AddRange(report.Documents);
        }

        var total = ImportRunsReport.From(lines);
        ImportReportWriter.Write(total, sources.FileCount, output);
        return total.Rejected == 0 ? 0 : 1;
    }
}

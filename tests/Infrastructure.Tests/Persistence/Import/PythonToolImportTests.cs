using System.Text.Json;
using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using Benchmarker.Infrastructure.Persistence.Import;
using Benchmarker.Infrastructure.Persistence.Json;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence.Import;

/// <summary>Imports the original Python tool's files into a real JSON store in a fresh directory.</summary>
public sealed class PythonToolImportTests : IDisposable
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns");

    private readonly TempStore temp = new();

    [Fact]
    public async Task Every_fixture_file_imports()
    {
        await using var store = temp.Open();

        var report = await ImportFixturesAsync(store);

        Assert.Equal(5, report.Total);
        Assert.All(report.Documents, line => Assert.True(line.Outcome == ImportOutcome.Imported, $"{line.Source}: {line.Outcome} {line.Reason}"));
        foreach (var line in report.Documents)
        {
            var run = await store.GetAsync(line.Id!, CancellationToken.None);
            Assert.NotNull(run);
            Assert.Equal(3, run.Results.Count);
        }
    }

    [Fact]
    public async Task Fixture_values_survive_import()
    {
        await using var store = temp.Open();

        var report = await ImportFixturesAsync(store);
        var line = report.Documents.Single(line => line.Source.EndsWith("benchmark_20241225_122858.json", StringComparison.Ordinal));
        var run = await store.GetAsync(line.Id!, CancellationToken.None);

        Assert.StartsWith("imported-", line.Id, StringComparison.Ordinal);
        Assert.Equal(4.940197229385376, run!.Results[0].Timing.TimeToFirstToken);
        Assert.Equal("wizardlm2", run.Results[0].Model);
        Assert.Equal("Python 3.10.0", run.SystemInfo!.RuntimeVersion);
        Assert.Contains(report.Documents, other => other.Id == "20241225_222048");
    }

    [Fact]
    public async Task Second_import_writes_nothing()
    {
        await using (var store = temp.Open())
        {
            await ImportFixturesAsync(store);
        }

        var before = Snapshot();
        await using var reopened = temp.Open();
        var report = await ImportFixturesAsync(reopened);

        Assert.Equal(5, report.AlreadyPresent);
        Assert.Equal(0, report.Imported);
        Assert.Equal(before, Snapshot());
    }

    private static async Task<ImportRunsReport> ImportFixturesAsync(JsonFileBenchmarkRunRepository store)
    {
        var documents = Directory.GetFiles(FixtureDirectory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new ImportDocument(Path.GetFileName(path), JsonDocument.Parse(File.ReadAllBytes(path)).RootElement))
            .ToList();
        var handler = new ImportRunsCommandHandler(new RunDocumentParser(), store, NullLogger<ImportRunsCommandHandler>.Instance);

        return await handler.Handle(new ImportRunsCommand(documents), CancellationToken.None);
    }

    /// <summary>Name, bytes and write time of every run file (index.json is the store's cache, not a run).</summary>
    private string Snapshot() => string.Join("\n", Directory.GetFiles(temp.Directory, "*.json")
        .Where(path => Path.GetFileName(path) != "index.json")
        .Order(StringComparer.Ordinal)
        .Select(path => $"{Path.GetFileName(path)} {Convert.ToHexString(File.ReadAllBytes(path))} {File.GetLastWriteTimeUtc(path).Ticks}"));

    public void Dispose() => temp.Dispose();
}

using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Benchmarks.Import;

/// <summary>
/// The parser stub reads the run id from the document's "id" field, else uses the id the handler
/// derived. It rejects a document that has a "bad" field, with that field's text as the reason.
/// </summary>
public sealed class ImportRunsCommandHandlerTests
{
    private readonly IBenchmarkRunRepository repository = Substitute.For<IBenchmarkRunRepository>();

    private readonly IRunDocumentParser parser = Substitute.For<IRunDocumentParser>();

    private readonly List<string> idsWhenMissing = [];

    public ImportRunsCommandHandlerTests()
    {
        parser.Parse(Arg.Any<JsonElement>(), Arg.Any<string>()).Returns(call => ParseStub(call.ArgAt<JsonElement>(0), call.ArgAt<string>(1)));
        repository.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).Returns(RunSaveResult.Stored);
    }

    [Fact]
    public async Task New_run_is_saved_and_imported()
    {
        var report = await ImportAsync("""{"id":"run-1"}""");

        Assert.Equal(ImportOutcome.Imported, report.Documents[0].Outcome);
        Assert.Equal("run-1", report.Documents[0].Id);
        Assert.Equal(1, report.Imported);
        Assert.Equal(1, report.Total);
        await repository.Received(1).SaveAsync(Arg.Is<BenchmarkRun>(run => run.Id == "run-1"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Stored_id_is_already_present_without_save()
    {
        repository.GetAsync("run-1", Arg.Any<CancellationToken>()).Returns(Run("run-1"));

        var report = await ImportAsync("""{"id":"run-1"}""");

        Assert.Equal(ImportOutcome.AlreadyPresent, report.Documents[0].Outcome);
        Assert.Equal(1, report.AlreadyPresent);
        Assert.Null(report.Documents[0].Reason);
        await repository.DidNotReceive().SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Bad_document_is_rejected_and_others_continue()
    {
        var report = await ImportAsync("""{"id":"run-1"}""", """{"bad":"timestamp is invalid"}""", """{"id":"run-2"}""");

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Imported], report.Documents.Select(line => line.Outcome));
        Assert.Equal("timestamp is invalid", report.Documents[1].Reason);
        Assert.Equal("item 1", report.Documents[1].Source);
        Assert.Null(report.Documents[1].Id);
        Assert.Equal(1, report.Rejected);
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public async Task Spooled_save_is_queued_with_reason()
    {
        repository.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).Returns(RunSaveResult.Spooled("MongoDB timed out"));

        var report = await ImportAsync("""{"id":"run-1"}""");

        Assert.Equal(ImportOutcome.Queued, report.Documents[0].Outcome);
        Assert.Equal("MongoDB timed out", report.Documents[0].Reason);
        Assert.Equal(1, report.Queued);
        Assert.Equal(0, report.Imported);
    }

    [Fact]
    public async Task Duplicate_id_in_batch_keeps_first()
    {
        var report = await ImportAsync("""{"id":"run-1","n":1}""", """{"id":"run-1","n":2}""");

        Assert.Equal(ImportOutcome.Imported, report.Documents[0].Outcome);
        Assert.Equal(ImportOutcome.Rejected, report.Documents[1].Outcome);
        Assert.Contains("item 0", report.Documents[1].Reason, StringComparison.Ordinal);
        Assert.Contains("'run-1'", report.Documents[1].Reason, StringComparison.Ordinal);
        await repository.Received(1).SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Missing_id_is_stable_content_hash()
    {
        await ImportAsync("""{"prompt":"Hi","results":[]}""");
        await ImportAsync("""
            {
              "prompt": "Hi",
              "results": [ ]
            }
            """);
        await ImportAsync("""{"prompt":"Hi!","results":[]}""");

        Assert.Equal(idsWhenMissing[0], idsWhenMissing[1]);
        Assert.NotEqual(idsWhenMissing[0], idsWhenMissing[2]);
        Assert.Matches("^imported-[0-9a-f]{16}$", idsWhenMissing[0]);
    }

    [Fact]
    public async Task Save_outcome_fields_are_not_stored()
    {
        var report = await ImportAsync("""{"id":"run-1","persisted":false}""");

        Assert.Equal(ImportOutcome.Imported, report.Documents[0].Outcome);
        await repository.Received(1).SaveAsync(Arg.Is<BenchmarkRun>(run => run.Persisted == null && run.Warnings == null), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Unreachable_store_stops_import()
    {
        repository.GetAsync("run-2", Arg.Any<CancellationToken>()).Returns<BenchmarkRun?>(_ => throw new StorageUnavailableException("MongoDB is unreachable."));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => ImportAsync("""{"id":"run-1"}""", """{"id":"run-2"}""", """{"id":"run-3"}"""));

        await repository.Received(1).SaveAsync(Arg.Is<BenchmarkRun>(run => run.Id == "run-1"), Arg.Any<CancellationToken>());
        await repository.DidNotReceive().SaveAsync(Arg.Is<BenchmarkRun>(run => run.Id == "run-3"), Arg.Any<CancellationToken>());
    }

    private async Task<ImportRunsReport> ImportAsync(params string[] documents)
    {
        var handler = new ImportRunsCommandHandler(parser, repository, NullLogger<ImportRunsCommandHandler>.Instance);
        var command = new ImportRunsCommand([.. documents.Select((json, index) => new ImportDocument($"item {index}", JsonDocument.Parse(json).RootElement))]);
        return await handler.Handle(command, CancellationToken.None);
    }

    private RunDocumentParseResult ParseStub(JsonElement document, string idWhenMissing)
    {
        idsWhenMissing.Add(idWhenMissing);
        if (document.TryGetProperty("bad", out var reason))
        {
            return RunDocumentParseResult.Rejected(reason.GetString()!);
        }

        var id = document.TryGetProperty("id", out var given) ? given.GetString()! : idWhenMissing;
        var persisted = document.TryGetProperty("persisted", out var flag) ? flag.GetBoolean() : (bool?)null;
        return RunDocumentParseResult.Parsed(Run(id) with { Persisted = persisted, Warnings = persisted is null ? null : ["not stored"] });
    }

    private static BenchmarkRun Run(string id) => new()
    {
        Id = id,
        Timestamp = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        Prompt = "Why is the sky blue?",
    };
}

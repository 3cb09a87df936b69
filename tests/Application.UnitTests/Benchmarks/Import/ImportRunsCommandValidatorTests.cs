using System.Text.Json;
using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Benchmarks.Import;

public sealed class ImportRunsCommandValidatorTests
{
    private static readonly JsonElement Document = JsonDocument.Parse("{}").RootElement;

    private readonly ImportRunsCommandValidator validator = new(Options.Create(new BenchmarkOptions { MaxImportDocuments = 2 }));

    [Fact]
    public void Empty_batch_is_invalid()
    {
        var result = validator.Validate(new ImportRunsCommand([]));

        var failure = Assert.Single(result.Errors);
        Assert.Contains("at least one run document", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_over_maximum_names_limit()
    {
        var result = validator.Validate(new ImportRunsCommand([.. Enumerable.Range(0, 3).Select(index => new ImportDocument($"item {index}", Document))]));

        var failure = Assert.Single(result.Errors);
        Assert.Contains("3 documents", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("at most 2", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Benchmark:MaxImportDocuments", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_at_maximum_is_valid()
    {
        var result = validator.Validate(new ImportRunsCommand([new ImportDocument("a", Document), new ImportDocument("b", Document)]));

        Assert.True(result.IsValid);
    }
}

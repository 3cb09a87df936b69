using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;

/// <summary>Every stored run that matches the history's filters (no paging), for download as CSV or JSON.</summary>
public sealed record ExportBenchmarksQuery(
    string Format = "csv",
    string? Model = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool? Success = null,
    string? Sort = null,
    string? Prompt = null) : IQuery<BenchmarkExport>;

public enum ExportFormat
{
    Csv,
    Json,
}

/// <summary>The matching runs, read lazily from the store while the response is written.</summary>
public sealed record BenchmarkExport(ExportFormat Format, IAsyncEnumerable<BenchmarkRun> Runs);

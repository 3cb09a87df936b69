using System.Text.Json;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Abstractions;

/// <summary>
/// Reads one run document in any shape the stores can import: a run as the API and the JSON store
/// write it, a MongoDB store document exported as JSON, or a file of the original Python tool.
/// The shapes and the id rules belong to the adapters, so the import use case never sees them.
/// </summary>
public interface IRunDocumentParser
{
    /// <summary>
    /// Parses <paramref name="document"/>. <paramref name="idWhenMissing"/> becomes the run's id when
    /// the document has none. Never throws for bad input: the result carries the reason instead.
    /// </summary>
    RunDocumentParseResult Parse(JsonElement document, string idWhenMissing);
}

/// <summary>A parsed run, or the reason the document is not a run (exactly one of the two is set).</summary>
public sealed record RunDocumentParseResult(BenchmarkRun? Run, string? Error)
{
    public static RunDocumentParseResult Parsed(BenchmarkRun run) => new(run, null);

    public static RunDocumentParseResult Rejected(string error) => new(null, error);
}

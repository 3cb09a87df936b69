using System.Text.Json;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.ImportRuns;

/// <summary>
/// Stores run documents written elsewhere (an export, another store, the original Python tool).
/// Runs whose id is already stored are left untouched, so importing the same documents twice changes nothing.
/// </summary>
public sealed record ImportRunsCommand(IReadOnlyList<ImportDocument> Documents) : ICommand<ImportRunsReport>;

/// <summary>One document to import and the label that names it in the report, such as "runs.json[2]".</summary>
public sealed record ImportDocument(string Source, JsonElement Content);

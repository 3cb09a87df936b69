using Benchmarker.Domain.Systems;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>What a run records about its surroundings before the first model starts.</summary>
internal sealed record RunContext(
    SystemInfo? SystemInfo,
    IReadOnlyDictionary<string, string?> BackendVersions,
    IReadOnlyList<ModelAssignment> Assignments);

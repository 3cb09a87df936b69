using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Models;

namespace Benchmarker.Application.Benchmarks.Metrics;

/// <summary>What the calculator needs about one generation.</summary>
/// <param name="Outcome">Everything the backend observed, with Stopwatch timestamps.</param>
/// <param name="Prompt">The prompt sent, used to estimate its size in tokens.</param>
/// <param name="LoadedBefore">The model's entry in the backend's loaded-model list before the request, if any.</param>
/// <param name="BackendListedLoadedModels">
/// True when that list was not empty. An empty list can also mean the backend cannot tell, so a
/// missing entry only counts as a cold start when the backend listed other models.
/// </param>
internal sealed record MetricsInput(
    GenerationOutcome Outcome,
    string Prompt,
    LoadedModelState? LoadedBefore = null,
    bool BackendListedLoadedModels = false);

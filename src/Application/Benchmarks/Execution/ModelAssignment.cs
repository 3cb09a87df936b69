using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Models;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>A requested model with the backend that owns it (null when none does) and what the backend reports about it.</summary>
internal sealed record ModelAssignment(string Model, IInferenceBackend? Backend)
{
    public ModelDetails? Details { get; init; }

    public string BackendName => Backend?.Name ?? "none";
}

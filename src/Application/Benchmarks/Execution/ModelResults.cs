using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Results of models that never sent a request.</summary>
internal static class ModelResults
{
    public const string CancelledBeforeStart = "The run was cancelled before this model started.";

    public const string NoBackend = "No inference backend serves this model; check its name and that its backend is enabled.";

    public static ModelRun NotRun(ModelAssignment assignment, string prompt, string errorKind, string error, DateTimeOffset timestamp) =>
        new(
            new ModelResult
            {
                Model = assignment.Model,
                Backend = assignment.BackendName,
                Success = false,
                ErrorKind = errorKind,
                Error = error,
                Timestamp = timestamp,
                Prompt = prompt,
                ModelDetails = assignment.Details,
            },
            BackendProcessGroups.For(assignment.BackendName));
}

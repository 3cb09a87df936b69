using Benchmarker.Application.Nova.Orchestration;

namespace Benchmarker.Application.Nova;

/// <summary>
/// A model call failed part-way through the Nova pipeline. The API maps it to 502 and returns
/// <see cref="CompletedSteps"/>, so the caller sees how far the pipeline got.
/// </summary>
public sealed class NovaPipelineException(
    IReadOnlyList<NovaStep> completedSteps,
    string failedStep,
    string model,
    string reason,
    string? errorKind,
    Exception? innerException = null)
    : Exception($"Ask Nova failed at {failedStep} on model '{model}': {reason}", innerException)
{
    /// <summary>Steps that finished before the failure, in order.</summary>
    public IReadOnlyList<NovaStep> CompletedSteps { get; } = completedSteps;

    /// <summary>The step that failed, as shown in the chain of thought, for example "ExpertAgent (Software Architect)".</summary>
    public string FailedStep { get; } = failedStep;

    public string Model { get; } = model;

    /// <summary>The backend's error message, or the generation status when it gave none.</summary>
    public string Reason { get; } = reason;

    /// <summary>One of the result error kinds ("timeout", "server_error", …) when the backend reported one.</summary>
    public string? ErrorKind { get; } = errorKind;
}

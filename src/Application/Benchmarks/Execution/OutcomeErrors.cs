using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Names why a generation did not complete. The run's own tokens take precedence over what the
/// backend reported, because the backend receives one cancelled token and cannot tell a timeout from a stop.
/// </summary>
internal static class OutcomeErrors
{
    public static (string? Kind, string? Message) Describe(GenerationOutcome outcome, bool runCancelled, bool timedOut, TimeSpan timeout)
    {
        if (outcome.Status == GenerationStatus.Completed)
        {
            return (null, null);
        }

        if (runCancelled)
        {
            return (ResultErrorKinds.Cancelled, "The run was cancelled while this model was generating; the partial response is kept.");
        }

        if (timedOut)
        {
            return (ResultErrorKinds.Timeout, $"The model did not finish within {timeout} (Benchmark:ModelTimeout); the partial response is kept.");
        }

        return (outcome.ErrorKind ?? DefaultKind(outcome.Status), outcome.Error ?? DefaultMessage(outcome.Status));
    }

    private static string DefaultKind(GenerationStatus status) => status switch
    {
        GenerationStatus.Incomplete => ResultErrorKinds.Incomplete,
        GenerationStatus.TimedOut => ResultErrorKinds.Timeout,
        GenerationStatus.Cancelled => ResultErrorKinds.Cancelled,
        _ => ResultErrorKinds.ServerError,
    };

    private static string DefaultMessage(GenerationStatus status) => status switch
    {
        GenerationStatus.Incomplete => "The stream ended without its final chunk.",
        GenerationStatus.TimedOut => "The backend timed out waiting for the model.",
        GenerationStatus.Cancelled => "The generation was cancelled.",
        _ => "The generation failed without a reason from the backend.",
    };
}

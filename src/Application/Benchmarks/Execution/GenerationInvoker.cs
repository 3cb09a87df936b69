using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Calls a backend's generation and always returns an outcome. A backend should report failures in
/// the outcome. When one throws instead, the exception becomes a failed outcome that keeps the chunks received so far.
/// </summary>
internal sealed class GenerationInvoker(ILogger<GenerationInvoker> logger)
{
    public async Task<GenerationOutcome> GenerateAsync(
        IInferenceBackend backend,
        GenerationRequest request,
        string runId,
        IRunObserver observer,
        CancellationToken cancellationToken)
    {
        using var activity = BenchmarkerTelemetry.ActivitySource.StartActivity(TelemetryNames.BackendCallSpan, ActivityKind.Client);
        activity?.SetTag(TelemetryNames.Model, request.Model);
        activity?.SetTag(TelemetryNames.Backend, backend.Name);

        var outcome = await InvokeAsync(backend, request, runId, observer, cancellationToken).ConfigureAwait(false);

        activity?.SetTag(TelemetryNames.Chunks, outcome.Chunks.Count);
        activity?.SetTag(TelemetryNames.CompletionTokens, outcome.Stats?.EvalCount);
        if (outcome.Status != GenerationStatus.Completed)
        {
            activity?.SetTag(TelemetryNames.ErrorKind, outcome.ErrorKind);
            activity?.SetStatus(ActivityStatusCode.Error, outcome.ErrorKind);
        }

        return outcome;
    }

    private async Task<GenerationOutcome> InvokeAsync(
        IInferenceBackend backend,
        GenerationRequest request,
        string runId,
        IRunObserver observer,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var recorder = new ChunkRecorder(request.Model, started, observer);

        try
        {
            return await backend.GenerateAsync(request, recorder, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Partial(recorder, started, GenerationStatus.Cancelled, ResultErrorKinds.Cancelled, "The generation was cancelled.");
        }
        catch (BackendUnavailableException exception)
        {
            return Partial(recorder, started, GenerationStatus.Failed, ResultErrorKinds.Unreachable, exception.Message);
        }
        catch (Exception exception)
        {
            ExecutorLog.BackendThrew(logger, exception, backend.Name, request.Model, runId);
            return Partial(recorder, started, GenerationStatus.Failed, ResultErrorKinds.ServerError, $"The {backend.Name} backend failed unexpectedly: {exception.Message}");
        }
    }

    /// <summary>
    /// An outcome built from the chunks the recorder saw. Its t0 is taken just before the call, so it
    /// also covers the backend's preparation; no first-byte time or server statistics are known.
    /// </summary>
    private static GenerationOutcome Partial(ChunkRecorder recorder, long started, GenerationStatus status, string errorKind, string error) =>
        new()
        {
            Status = status,
            StartTimestamp = started,
            EndTimestamp = Stopwatch.GetTimestamp(),
            Chunks = recorder.Chunks,
            ErrorKind = errorKind,
            Error = error,
        };
}

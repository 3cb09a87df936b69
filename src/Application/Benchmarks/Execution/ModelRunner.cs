using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.Common.Models;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Runs one model under its own timeout and turns whatever happened into a result; it does not throw.</summary>
internal sealed class ModelRunner(
    MetricsCalculator calculator,
    GenerationInvoker invoker,
    TimeProvider timeProvider,
    IOptions<BenchmarkOptions> options,
    ILogger<ModelRunner> logger)
{
    public async Task<ModelRun> RunAsync(BenchmarkPlan plan, ModelAssignment assignment, IRunObserver observer, CancellationToken cancellationToken)
    {
        using var activity = BenchmarkerTelemetry.ActivitySource.StartActivity(TelemetryNames.ModelSpan);
        activity?.SetTag(TelemetryNames.Model, assignment.Model);

        var run = await MeasureAsync(plan, assignment, observer, cancellationToken).ConfigureAwait(false);

        ModelResultTelemetry.Record(activity, run.Result);
        return run;
    }

    private async Task<ModelRun> MeasureAsync(BenchmarkPlan plan, ModelAssignment assignment, IRunObserver observer, CancellationToken cancellationToken)
    {
        if (assignment.Backend is not { } backend)
        {
            return ModelResults.NotRun(assignment, plan.Prompt, ResultErrorKinds.ModelNotFound, ModelResults.NoBackend, timeProvider.GetUtcNow());
        }

        observer.OnModelStarted(assignment.Model);
        var loaded = await ReadLoadedModelsAsync(backend, plan.RunId, cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            return ReportFailed(ModelResults.NotRun(assignment, plan.Prompt, ResultErrorKinds.Cancelled, ModelResults.CancelledBeforeStart, timeProvider.GetUtcNow()), observer);
        }

        var timeout = options.Value.ModelTimeout;
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var timestamp = timeProvider.GetUtcNow();
        var request = new GenerationRequest(assignment.Model, plan.Prompt, plan.Parameters);
        var outcome = await invoker.GenerateAsync(backend, request, plan.RunId, observer, linkedSource.Token).ConfigureAwait(false);
        var end = outcome.EndTimestamp ?? Stopwatch.GetTimestamp();

        var loadedBefore = loaded.FirstOrDefault(state => ModelNames.SameModel(state.Name, assignment.Model));
        var measurement = calculator.Calculate(new MetricsInput(outcome, plan.Prompt, loadedBefore, loaded.Count > 0));
        var (errorKind, error) = OutcomeErrors.Describe(outcome, cancellationToken.IsCancellationRequested, timeoutSource.IsCancellationRequested, timeout);
        var result = ModelResultFactory.FromMeasurement(assignment, backend.Name, plan.Prompt, timestamp, outcome, measurement, loadedBefore) with
        {
            Error = error,
            ErrorKind = errorKind,
        };

        var run = new ModelRun(result, BackendProcessGroups.For(backend.Name), outcome.StartTimestamp, end);
        if (result.Success)
        {
            observer.OnModelFinished(result);
            return run;
        }

        ExecutorLog.ModelFailed(logger, result.Model, result.Backend, plan.RunId, result.ErrorKind, result.Error);
        return ReportFailed(run, observer);
    }

    private static ModelRun ReportFailed(ModelRun run, IRunObserver observer)
    {
        observer.OnModelFailed(run.Result);
        return run;
    }

    /// <summary>Reads the backend's loaded models; a failure only loses the cold-start hint, so it is logged and ignored.</summary>
    private async Task<IReadOnlyList<LoadedModelState>> ReadLoadedModelsAsync(IInferenceBackend backend, string runId, CancellationToken cancellationToken)
    {
        try
        {
            return await backend.ListLoadedModelsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                ExecutorLog.StepFailed(logger, runId, $"the loaded models of {backend.Name}", exception.Message);
            }

            return [];
        }
    }
}

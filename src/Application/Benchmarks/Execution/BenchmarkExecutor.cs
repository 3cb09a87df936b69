using System.Reflection;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Runs a plan: context, warm-up, sampling, the models in the plan's mode, then the saved run.</summary>
internal sealed class BenchmarkExecutor(
    IEnumerable<IInferenceBackend> backends,
    RunContextReader contextReader,
    ModelScheduler scheduler,
    ISystemSampler sampler,
    RunImpactAttacher impactAttacher,
    IBenchmarkRunRepository repository,
    TimeProvider timeProvider,
    ILogger<BenchmarkExecutor> logger) : IBenchmarkExecutor
{
    private static readonly string? Version =
        typeof(BenchmarkExecutor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public async Task<BenchmarkRun> ExecuteAsync(BenchmarkPlan plan, IRunObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observer);

        using var activity = BenchmarkerTelemetry.ActivitySource.StartActivity(TelemetryNames.RunSpan);
        activity?.SetTag(TelemetryNames.RunId, plan.RunId);
        activity?.SetTag(TelemetryNames.RunMode, plan.Mode.ToString());
        activity?.SetTag(TelemetryNames.ModelCount, plan.Models.Count);

        var timestamp = timeProvider.GetUtcNow();
        var assignments = plan.Models.Select(model => new ModelAssignment(model, backends.FirstOrDefault(backend => backend.Owns(model)))).ToList();
        ExecutorLog.RunStarted(logger, plan.RunId, assignments.Count, plan.Mode.ToString());
        observer.OnRunStarted(plan);

        var context = await contextReader.ReadAsync(plan.RunId, assignments, cancellationToken).ConfigureAwait(false);
        await WarmUpAsync(plan.RunId, context.Assignments, cancellationToken).ConfigureAwait(false);

        var processes = context.Assignments.Select(assignment => BackendProcessGroups.For(assignment.BackendName)).Distinct().ToList();
        var session = sampler.Start(processes);
        IReadOnlyList<ModelRun> runs;
        IReadOnlyList<SystemSample> samples;
        await using (session.ConfigureAwait(false))
        {
            runs = await scheduler.RunAsync(plan, context.Assignments, session.Interval, observer, cancellationToken).ConfigureAwait(false);
            samples = await StopSamplingAsync(plan.RunId, session).ConfigureAwait(false);
        }

        var run = new BenchmarkRun
        {
            Id = plan.RunId,
            Timestamp = timestamp,
            Prompt = plan.Prompt,
            Parameters = plan.Parameters,
            Mode = plan.Mode,
            SystemInfo = context.SystemInfo,
            Results = impactAttacher.Attach(runs, samples, session, context.SystemInfo),
            BackendVersions = context.BackendVersions,
            SamplerIntervalSeconds = session.Interval.TotalSeconds,
            BenchmarkerVersion = Version,
            Cancelled = cancellationToken.IsCancellationRequested,
        };

        // The run is saved even when the caller cancelled: the finished results are what cancelling keeps.
        var saved = await repository.SaveAsync(run, CancellationToken.None).ConfigureAwait(false);
        run = run with { Persisted = saved.Persisted, Warnings = saved.OutboxReason is { } reason ? [reason] : [] };
        var failedModels = run.Results.Count(result => !result.Success);
        ExecutorLog.RunFinished(logger, run.Id, failedModels, run.Results.Count, run.Cancelled);
        activity?.SetTag(TelemetryNames.FailedModels, failedModels);
        activity?.SetTag(TelemetryNames.Cancelled, run.Cancelled);
        BenchmarkerTelemetry.Runs.Add(1, new KeyValuePair<string, object?>(TelemetryNames.RunMode, plan.Mode.ToString()));
        observer.OnRunFinished(run);

        return run;
    }

    /// <summary>Opens each backend's connection once, so set-up cost stays out of the first model's timings.</summary>
    private async Task WarmUpAsync(string runId, IReadOnlyList<ModelAssignment> assignments, CancellationToken cancellationToken)
    {
        foreach (var backend in RunContextReader.Backends(assignments))
        {
            try
            {
                await backend.WarmUpAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                ExecutorLog.StepFailed(logger, runId, $"warming up {backend.Name}", exception.Message);
            }
        }
    }

    /// <summary>Stops the sampler; if the last sample fails, the samples taken so far still describe the run.</summary>
    private async Task<IReadOnlyList<SystemSample>> StopSamplingAsync(string runId, ISamplingSession session)
    {
        try
        {
            return await session.StopAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            BenchmarkerTelemetry.SamplerErrors.Add(1, new KeyValuePair<string, object?>(TelemetryNames.SamplerStep, "stop"));
            ExecutorLog.StepFailed(logger, runId, "the final system sample", exception.Message);
            return session.Samples;
        }
    }
}

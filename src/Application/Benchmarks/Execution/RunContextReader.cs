using Benchmarker.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Captures system info, backend versions and model details. Each item is optional: a failure is
/// logged and leaves the item empty, because the measurements are worth keeping without it.
/// </summary>
internal sealed class RunContextReader(ISystemSampler sampler, ILogger<RunContextReader> logger)
{
    public async Task<RunContext> ReadAsync(string runId, IReadOnlyList<ModelAssignment> assignments, CancellationToken cancellationToken)
    {
        var systemInfo = await TryAsync(runId, "system info", () => sampler.GetSystemInfoAsync(cancellationToken), cancellationToken).ConfigureAwait(false);

        var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var backend in Backends(assignments))
        {
            var status = await TryAsync(runId, $"the {backend.Name} version", () => backend.GetStatusAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            versions[backend.Name] = status?.Version;
        }

        var described = new List<ModelAssignment>(assignments.Count);
        foreach (var assignment in assignments)
        {
            var details = assignment.Backend is { } backend
                ? await TryAsync(runId, $"the details of {assignment.Model}", () => backend.DescribeModelAsync(assignment.Model, cancellationToken), cancellationToken).ConfigureAwait(false)
                : null;
            described.Add(assignment with { Details = details });
        }

        return new RunContext(systemInfo, versions, described);
    }

    public static IEnumerable<IInferenceBackend> Backends(IEnumerable<ModelAssignment> assignments) =>
        assignments.Select(assignment => assignment.Backend).OfType<IInferenceBackend>().Distinct();

    private async Task<T?> TryAsync<T>(string runId, string step, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class?
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            ExecutorLog.StepFailed(logger, runId, step, exception.Message);
            return null;
        }
    }
}

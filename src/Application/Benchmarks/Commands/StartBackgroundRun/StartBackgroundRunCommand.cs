using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.StartBackgroundRun;

/// <summary>Starts the run in the background after the same checks as the blocking run.</summary>
public sealed record StartBackgroundRunCommand(RunBenchmarkCommand Run) : ICommand<BackgroundRunStart>;

/// <summary>Either the id of the started run, or how long to wait before trying again because the limit of concurrent runs is reached.</summary>
public sealed record BackgroundRunStart(string? RunId, TimeSpan? RetryAfter)
{
    /// <summary>A rough hint only: how long a run takes depends on the models.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    public bool Started => RunId is not null;
}

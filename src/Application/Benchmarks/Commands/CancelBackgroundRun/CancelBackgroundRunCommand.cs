using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.CancelBackgroundRun;

/// <summary>Asks a background run to stop; what finished is kept and the run is stored with cancelled = true.</summary>
public sealed record CancelBackgroundRunCommand(string Id) : ICommand<CancelOutcome>;

public enum CancelOutcome
{
    /// <summary>Cancellation was requested. The run_finished event follows once the run is saved.</summary>
    Cancelling,

    /// <summary>No background run has this id (or its log has expired).</summary>
    NotFound,

    /// <summary>The run has already finished.</summary>
    AlreadyFinished,
}

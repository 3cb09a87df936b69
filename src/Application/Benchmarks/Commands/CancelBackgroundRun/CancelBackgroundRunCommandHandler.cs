using Benchmarker.Application.Benchmarks.Background;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.CancelBackgroundRun;

public sealed class CancelBackgroundRunCommandHandler(BackgroundRunRegistry registry)
    : ICommandHandler<CancelBackgroundRunCommand, CancelOutcome>
{
    public ValueTask<CancelOutcome> Handle(CancelBackgroundRunCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var run = registry.Find(command.Id);
        if (run is null)
        {
            return ValueTask.FromResult(CancelOutcome.NotFound);
        }

        if (run.IsFinished)
        {
            return ValueTask.FromResult(CancelOutcome.AlreadyFinished);
        }

        run.Cancel();
        return ValueTask.FromResult(CancelOutcome.Cancelling);
    }
}

using Benchmarker.Application.Benchmarks.Background;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.StartBackgroundRun;

public sealed class StartBackgroundRunCommandHandler(BackgroundRunRegistry registry, TimeProvider timeProvider)
    : ICommandHandler<StartBackgroundRunCommand, BackgroundRunStart>
{
    public ValueTask<BackgroundRunStart> Handle(StartBackgroundRunCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var run = command.Run;
        var runId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N");
        var plan = new BenchmarkPlan(runId, run.Prompt, run.Models, run.Parameters ?? new GenerationParameters(), run.Mode);

        var started = registry.TryStart(plan);

        return ValueTask.FromResult(started is null
            ? new BackgroundRunStart(null, BackgroundRunStart.BusyRetryAfter)
            : new BackgroundRunStart(started.Id, null));
    }
}

namespace Benchmarker.Application.Benchmarks.Background;

/// <summary>A run executing (or recently finished) in the background, with its own event log and cancellation.</summary>
public sealed class BackgroundRun(string id, CancellationToken shutdown) : IDisposable
{
    private readonly CancellationTokenSource cancellation = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
    private int released;

    public string Id { get; } = id;

    public RunEventLog Events { get; } = new();

    /// <summary>When the run ended; the registry drops the run's log some time after.</summary>
    public DateTimeOffset? FinishedAt { get; internal set; }

    public bool IsFinished => Events.IsComplete || FinishedAt is not null;

    internal CancellationToken Token => cancellation.Token;

    internal Task Completion { get; set; } = Task.CompletedTask;

    internal void Cancel() => cancellation.Cancel();

    /// <summary>True the first time only, so the run's concurrency slot is given back exactly once.</summary>
    internal bool TryMarkReleased() => Interlocked.Exchange(ref released, 1) == 0;

    public void Dispose() => cancellation.Dispose();
}

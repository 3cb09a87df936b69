namespace Benchmarker.Application.Abstractions;

/// <summary>
/// Result of saving a run. The default value means the store accepted it, so a store that never
/// spools needs no code for it. A spooled run carries the reason it is not stored yet.
/// </summary>
public readonly record struct RunSaveResult(string? OutboxReason)
{
    public static RunSaveResult Stored => default;

    /// <summary>True when the store contains the run, and false while it waits in the outbox.</summary>
    public bool Persisted => OutboxReason is null;

    public static RunSaveResult Spooled(string reason) => new(reason);
}

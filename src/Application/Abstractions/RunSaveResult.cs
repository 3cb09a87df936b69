namespace Benchmarker.Application.Abstractions;

/// <summary>
/// What saving a run did. The default value means the store accepted it, so a store that never
/// spools needs no code for it; a spooled run carries the reason it is not stored yet.
/// </summary>
public readonly record struct RunSaveResult(string? OutboxReason)
{
    public static RunSaveResult Stored => default;

    /// <summary>True when the store holds the run; false while it waits in the outbox.</summary>
    public bool Persisted => OutboxReason is null;

    public static RunSaveResult Spooled(string reason) => new(reason);
}

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// One async lock per session id, so two requests on one session run one after the other: the
/// second waits, it is not rejected. An id's lock is removed when nobody holds or waits for it.
/// </summary>
public sealed class NovaSessionLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Ids that currently have a holder or a waiter.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(string sessionId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (gate)
        {
            if (!entries.TryGetValue(sessionId, out entry!))
            {
                entry = new Entry();
                entries.Add(sessionId, entry);
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Forget(sessionId, entry);
            throw;
        }

        return new Holder(this, sessionId, entry);
    }

    private void Forget(string sessionId, Entry entry)
    {
        lock (gate)
        {
            entry.References--;
            if (entry.References == 0)
            {
                entries.Remove(sessionId);
                entry.Dispose();
            }
        }
    }

    private sealed class Entry : IDisposable
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }

        public void Dispose() => Semaphore.Dispose();
    }

    private sealed class Holder(NovaSessionLocks owner, string sessionId, Entry entry) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Forget(sessionId, entry);
            }
        }
    }
}

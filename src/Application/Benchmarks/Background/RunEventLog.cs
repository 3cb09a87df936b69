using System.Threading.Channels;

namespace Benchmarker.Application.Benchmarks.Background;

/// <summary>
/// The events of one background run: kept for replay, and pushed to each live subscriber's own channel.
/// Memory is bounded: after <see cref="MaxStoredChunks"/> chunk events, further chunks are still sent to
/// live subscribers but not kept, so a late subscriber misses them; the model_finished event carries
/// the whole answer either way.
/// </summary>
public sealed class RunEventLog
{
    public const int MaxStoredChunks = 4000;

    private readonly Lock gate = new();
    private readonly List<RunEvent> events = [];
    private readonly List<Channel<RunEvent>> subscribers = [];
    private long lastId;
    private int storedChunks;

    public bool IsComplete { get; private set; }

    /// <summary>Adds an event with the next id and sends it to every subscriber. Ignored once the log is complete.</summary>
    public void Append(string type, object data)
    {
        lock (gate)
        {
            if (IsComplete)
            {
                return;
            }

            var entry = new RunEvent(++lastId, type, data);
            if (type != RunEventTypes.Chunk || storedChunks++ < MaxStoredChunks)
            {
                events.Add(entry);
            }

            foreach (var subscriber in subscribers)
            {
                subscriber.Writer.TryWrite(entry);
            }

            if (type == RunEventTypes.RunFinished)
            {
                IsComplete = true;
                subscribers.ForEach(subscriber => subscriber.Writer.TryComplete());
                subscribers.Clear();
            }
        }
    }

    /// <summary>
    /// Every kept event after <paramref name="afterId"/>, then the live ones until the run finishes or
    /// the token is cancelled. The snapshot and the subscription are taken under one lock, so no event is
    /// missed or repeated between them.
    /// </summary>
    public async IAsyncEnumerable<RunEvent> ReadAsync(long afterId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<RunEvent> past;
        Channel<RunEvent>? live = null;
        lock (gate)
        {
            past = events.Where(entry => entry.Id > afterId).ToList();
            if (!IsComplete)
            {
                // NOTE: a subscriber that stops reading keeps every later event of this run queued until it disconnects.
                live = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
                subscribers.Add(live);
            }
        }

        try
        {
            foreach (var entry in past)
            {
                yield return entry;
            }

            if (live is null)
            {
                yield break;
            }

            await foreach (var entry in live.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (entry.Id > afterId)
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            if (live is not null)
            {
                lock (gate)
                {
                    subscribers.Remove(live);
                }
            }
        }
    }
}

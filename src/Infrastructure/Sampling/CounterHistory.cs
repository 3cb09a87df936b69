using System.Diagnostics;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// The last two kept readings of cumulative CPU counters, so that every measurement spans at least
/// <c>minimumSpan</c>. /proc reports CPU time in clock ticks of 10 ms (USER_HZ, 100 on mainstream
/// Linux builds), so a span of a few ticks reads as 0 % or as a multiple of the true share. A
/// reading taken less than the minimum span after the latest kept one is measured from the kept
/// one before it, and is not kept itself. The three buffers rotate, so sampling allocates none.
/// Not thread-safe: one history per sampling loop.
/// </summary>
internal sealed class CounterHistory<T>(TimeSpan minimumSpan, Func<T> create)
    where T : class
{
    private T latest = create();

    private T older = create();

    private T next = create();

    private long? latestTimestamp;

    private long? olderTimestamp;

    /// <summary>Buffer to read the next counters into, before <see cref="TryGetStart"/> and <see cref="Keep"/>.</summary>
    public T Next => next;

    /// <summary>
    /// Finds the kept reading that a measurement taken at <paramref name="now"/> starts from: the
    /// latest one if it lies at least the minimum span before now, otherwise the one before it.
    /// Returns false when neither applies: before any reading is kept, and until the minimum span
    /// has passed since the first kept one.
    /// </summary>
    public bool TryGetStart(long now, out T counters, out long timestamp)
    {
        if (latestTimestamp is { } latestAt && Stopwatch.GetElapsedTime(latestAt, now) >= minimumSpan)
        {
            (counters, timestamp) = (latest, latestAt);
            return true;
        }

        // The latest kept reading came at least the minimum span after this one, so a measurement
        // from here to now spans at least the minimum too.
        if (olderTimestamp is { } olderAt)
        {
            (counters, timestamp) = (older, olderAt);
            return true;
        }

        (counters, timestamp) = (next, 0);
        return false;
    }

    /// <summary>
    /// Keeps the counters in <see cref="Next"/>, read at <paramref name="now"/>, as the latest
    /// reading, unless they came less than the minimum span after the current latest one.
    /// </summary>
    public void Keep(long now)
    {
        if (latestTimestamp is not { } latestAt)
        {
            (latest, next) = (next, latest);
            latestTimestamp = now;
            return;
        }

        if (Stopwatch.GetElapsedTime(latestAt, now) < minimumSpan)
        {
            return;
        }

        (older, latest, next) = (latest, next, older);
        (olderTimestamp, latestTimestamp) = (latestAt, now);
    }
}

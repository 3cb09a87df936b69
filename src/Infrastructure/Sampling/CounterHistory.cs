using System.Diagnostics;

namespace Benchmarker.Infrastructure.Sampling;

/// <summary>
/// Recent readings of cumulative CPU counters, so that every measurement spans at least
/// <c>minimumSpan</c>. /proc reports CPU time in clock ticks of 10 ms (USER_HZ, 100 on mainstream
/// Linux builds), so a span of a few ticks reads as 0 % or as a multiple of the true share. A
/// measurement starts from the latest reading that lies at least the minimum span back. Readings
/// older than that one can no longer start a measurement, so their buffers are reused and sampling
/// allocates nothing once the history contains as many readings as one minimum span does.
/// Not thread-safe: one history per sampling loop.
/// </summary>
internal sealed class CounterHistory<T>(TimeSpan minimumSpan, Func<T> create)
    where T : class
{
    /// <summary>Kept readings, oldest first.</summary>
    private readonly List<(T Counters, long Timestamp)> readings = [];

    private readonly Stack<T> spare = new();

    private T next = create();

    /// <summary>Buffer to read the next counters into, before <see cref="TryGetStart"/> and <see cref="Keep"/>.</summary>
    public T Next => next;

    /// <summary>
    /// Finds the kept reading that a measurement taken at <paramref name="now"/> starts from: the
    /// latest one at least the minimum span before now. Returns false when there is none, as
    /// before any reading is kept and until the minimum span has passed since the first.
    /// </summary>
    public bool TryGetStart(long now, out T counters, out long timestamp)
    {
        var start = FindStart(now);
        if (start < 0)
        {
            (counters, timestamp) = (next, 0);
            return false;
        }

        (counters, timestamp) = readings[start];
        return true;
    }

    /// <summary>
    /// Keeps the counters in <see cref="Next"/>, read at <paramref name="now"/>, as the latest
    /// reading, and recycles the readings that no measurement from now on can start from.
    /// Timestamps must not decrease from one call to the next.
    /// </summary>
    public void Keep(long now)
    {
        // Later measurements start from this start or from a newer reading, never from an older one.
        var start = FindStart(now);
        for (var index = 0; index < start; index++)
        {
            spare.Push(readings[index].Counters);
        }

        if (start > 0)
        {
            readings.RemoveRange(0, start);
        }

        readings.Add((next, now));
        next = spare.Count > 0 ? spare.Pop() : create();
    }

    private int FindStart(long now)
    {
        for (var index = readings.Count - 1; index >= 0; index--)
        {
            if (Stopwatch.GetElapsedTime(readings[index].Timestamp, now) >= minimumSpan)
            {
                return index;
            }
        }

        return -1;
    }
}

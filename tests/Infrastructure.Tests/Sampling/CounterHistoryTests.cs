using System.Diagnostics;
using Benchmarker.Infrastructure.Sampling;

namespace Benchmarker.Infrastructure.Tests.Sampling;

/// <summary>Which earlier reading a CPU measurement starts from, on made-up Stopwatch timestamps.</summary>
public sealed class CounterHistoryTests
{
    private static readonly TimeSpan MinimumSpan = TimeSpan.FromMilliseconds(50);

    private readonly CounterHistory<int[]> history = new(MinimumSpan, () => new int[1]);

    [Fact]
    public void Empty_history_has_no_start()
    {
        Assert.False(history.TryGetStart(At(1_000), out _, out _));
    }

    [Fact]
    public void Reading_after_minimum_span_starts_from_latest()
    {
        Read(marker: 1, milliseconds: 0);

        Assert.True(history.TryGetStart(At(50), out var start, out var timestamp));
        Assert.Equal(1, start[0]);
        Assert.Equal(At(0), timestamp);
    }

    [Fact]
    public void Early_reading_without_older_has_no_start()
    {
        Read(marker: 1, milliseconds: 0);

        Assert.False(history.TryGetStart(At(49), out _, out _));

        // The early reading is not kept, so the next one still measures from the first.
        Read(marker: 2, milliseconds: 49);
        Assert.True(history.TryGetStart(At(60), out var start, out var timestamp));
        Assert.Equal(1, start[0]);
        Assert.Equal(At(0), timestamp);
    }

    [Fact]
    public void Early_reading_starts_from_older()
    {
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 60);

        Assert.True(history.TryGetStart(At(70), out var start, out var timestamp));
        Assert.Equal(1, start[0]);
        Assert.Equal(At(0), timestamp);
    }

    [Fact]
    public void Early_reading_is_not_kept()
    {
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 60);
        Read(marker: 3, milliseconds: 70);

        // Had the reading at 70 ms been kept, a measurement at 100 ms would start from 60 ms, and
        // one at 120 ms from 70 ms.
        Assert.True(history.TryGetStart(At(100), out var early, out var earlyTimestamp));
        Assert.Equal(1, early[0]);
        Assert.Equal(At(0), earlyTimestamp);

        Assert.True(history.TryGetStart(At(120), out var due, out var dueTimestamp));
        Assert.Equal(2, due[0]);
        Assert.Equal(At(60), dueTimestamp);
    }

    [Fact]
    public void Kept_readings_keep_their_counters()
    {
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 60);
        Read(marker: 3, milliseconds: 120);

        Assert.True(history.TryGetStart(At(130), out var older, out var olderTimestamp));
        Assert.Equal(2, older[0]);
        Assert.Equal(At(60), olderTimestamp);

        Assert.True(history.TryGetStart(At(170), out var latest, out var latestTimestamp));
        Assert.Equal(3, latest[0]);
        Assert.Equal(At(120), latestTimestamp);
        Assert.NotSame(latest, history.Next);
        Assert.NotSame(older, history.Next);
    }

    /// <summary>Writes a marker into the next buffer, as a reading of counters would, and offers it for keeping.</summary>
    private void Read(int marker, int milliseconds)
    {
        history.Next[0] = marker;
        history.Keep(At(milliseconds));
    }

    private static long At(int milliseconds) => 1_000_000 + (milliseconds * Stopwatch.Frequency / 1000);
}

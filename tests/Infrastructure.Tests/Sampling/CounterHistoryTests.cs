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

        // The reading at 49 ms lies only 11 ms before 60 ms, so the first one is the start.
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
    public void Early_reading_starts_later_measurements()
    {
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 60);
        Read(marker: 3, milliseconds: 70);

        Assert.True(history.TryGetStart(At(100), out var early, out var earlyTimestamp));
        Assert.Equal(1, early[0]);
        Assert.Equal(At(0), earlyTimestamp);

        // A sampler's regular sample after an early final or late one measures from that one, the
        // previous reading, once it lies the minimum span back.
        Assert.True(history.TryGetStart(At(120), out var due, out var dueTimestamp));
        Assert.Equal(3, due[0]);
        Assert.Equal(At(70), dueTimestamp);
    }

    [Fact]
    public void Late_reading_then_regular_one()
    {
        // A sampler at 100 ms whose third sample came 60 ms late.
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 100);
        Read(marker: 3, milliseconds: 260);

        Assert.True(history.TryGetStart(At(300), out var afterLate, out var afterLateTimestamp));
        Assert.Equal(2, afterLate[0]);
        Assert.Equal(At(100), afterLateTimestamp);

        Read(marker: 4, milliseconds: 300);
        Assert.True(history.TryGetStart(At(400), out var regular, out var regularTimestamp));
        Assert.Equal(4, regular[0]);
        Assert.Equal(At(300), regularTimestamp);
    }

    [Fact]
    public void Stalled_sampler_starts_from_last_reading()
    {
        Read(marker: 1, milliseconds: 0);
        Read(marker: 2, milliseconds: 60);

        Assert.True(history.TryGetStart(At(5_000), out var start, out var timestamp));
        Assert.Equal(2, start[0]);
        Assert.Equal(At(60), timestamp);
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

    [Fact]
    public void Buffers_are_reused_without_losing_a_start()
    {
        // Readings every 20 ms keep three within one 50 ms span, and each later write goes into
        // Next. A recycled buffer that were still a start would show a newer marker.
        for (var reading = 0; reading < 40; reading++)
        {
            Read(marker: reading, milliseconds: reading * 20);

            var now = (reading * 20) + 10;
            if (history.TryGetStart(At(now), out var start, out var timestamp))
            {
                var expected = (now - 50) / 20;
                Assert.Equal(At(expected * 20), timestamp);
                Assert.Equal(expected, start[0]);
                Assert.NotSame(start, history.Next);
            }
        }

        var buffers = new HashSet<int[]>(ReferenceEqualityComparer.Instance);
        for (var reading = 40; reading < 80; reading++)
        {
            buffers.Add(history.Next);
            Read(marker: reading, milliseconds: reading * 20);
        }

        Assert.InRange(buffers.Count, 1, 5);
    }

    /// <summary>Writes a marker into the next buffer, as a reading of counters would, and offers it for keeping.</summary>
    private void Read(int marker, int milliseconds)
    {
        history.Next[0] = marker;
        history.Keep(At(milliseconds));
    }

    private static long At(int milliseconds) => 1_000_000 + (milliseconds * Stopwatch.Frequency / 1000);
}

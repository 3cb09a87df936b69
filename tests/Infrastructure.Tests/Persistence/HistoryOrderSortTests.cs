using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence.Index;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>The keyed timestamp sort must give exactly the comparer's order, ties and offsets included.</summary>
public sealed class HistoryOrderSortTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Timestamp_sort_matches_comparer(bool descending)
    {
        var entries = VariedEntries();
        var order = new HistoryOrder(HistorySortField.Timestamp, descending);
        var expected = entries.ToArray();
        Array.Sort(expected, order);

        var sorted = entries.ToArray();
        order.Sort(sorted);

        Assert.Equal(expected.Select(entry => entry.Id), sorted.Select(entry => entry.Id));
    }

    [Fact]
    public void Equal_timestamps_sort_by_id()
    {
        RunIndexEntry[] entries = [Entry("c", T0), Entry("a", T0.ToOffset(TimeSpan.FromHours(2))), Entry("b", T0), Entry("newer", T0.AddTicks(1))];

        new HistoryOrder(HistorySortField.Timestamp, descending: true).Sort(entries);

        Assert.Equal(["newer", "a", "b", "c"], entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Other_fields_use_comparer()
    {
        var entries = VariedEntries();
        var order = new HistoryOrder(HistorySortField.BestTokensPerSecond, descending: true);
        var expected = entries.ToArray();
        Array.Sort(expected, order);

        var sorted = entries.ToArray();
        order.Sort(sorted);

        Assert.Equal(expected.Select(entry => entry.Id), sorted.Select(entry => entry.Id));
    }

    /// <summary>500 entries with many equal timestamps written with different offsets, in a shuffled order.</summary>
    private static RunIndexEntry[] VariedEntries()
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, 500)
            .Select(i => Entry($"run-{random.Next(100_000):D5}-{i}", T0.AddMinutes(random.Next(40)).ToOffset(TimeSpan.FromHours(random.Next(-5, 6))), tps: random.Next(5)))
            .OrderBy(_ => random.Next())];
    }

    private static RunIndexEntry Entry(string id, DateTimeOffset timestamp, double tps = 40) =>
        RunIndexEntry.From(RunFactory.Run(id, timestamp, tps: tps), id + ".json", 1, 1);
}

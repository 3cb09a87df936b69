using Benchmarker.Application.Benchmarks.Metrics;

namespace Benchmarker.Application.UnitTests.Benchmarks.Metrics;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.9, 3.7)]
    [InlineData(1.0, 4.0)]
    public void Interpolated_BetweenClosestRanks(double fraction, double expected)
    {
        var value = Percentiles.Interpolated([1.0, 2.0, 3.0, 4.0], fraction);

        Assert.Equal(expected, value, precision: 12);
    }

    [Fact]
    public void Interpolated_SingleValue_IsThatValue()
    {
        Assert.Equal(7.0, Percentiles.Interpolated([7.0], 0.99));
    }

    [Fact]
    public void Summarise_SortsUnorderedGaps()
    {
        var statistics = Percentiles.Summarise([0.4, 0.1, 0.3, 0.2]);

        Assert.NotNull(statistics);
        Assert.Equal(0.25, statistics.Mean, precision: 12);
        Assert.Equal(0.25, statistics.P50, precision: 12);
        Assert.Equal(0.37, statistics.P90, precision: 12);
        Assert.Equal(0.397, statistics.P99, precision: 12);
        Assert.Equal(0.4, statistics.Max, precision: 12);
    }

    [Fact]
    public void Summarise_NoValues_IsNull()
    {
        Assert.Null(Percentiles.Summarise([]));
    }
}

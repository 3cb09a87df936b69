using Benchmarker.Application.Benchmarks.Queries.CompareModels;

namespace Benchmarker.Application.UnitTests.Benchmarks.Compare;

/// <summary>Expected values computed by hand: sd = √(Σ(x − mean)² / (n − 1)), CI = mean ± t(0.975, n − 1)·sd/√n.</summary>
public sealed class RepetitionStatisticsTests
{
    [Fact]
    public void Summarise_FiveValues_AllFigures()
    {
        var statistics = RepetitionStatistics.Summarise([4.0, 1.0, 5.0, 3.0, 2.0]);

        Assert.NotNull(statistics);
        Assert.Equal(5, statistics.Count);
        Assert.Equal(1.0, statistics.Min);
        Assert.Equal(5.0, statistics.Max);
        Assert.Equal(3.0, statistics.Mean, precision: 12);
        Assert.Equal(3.0, statistics.Median, precision: 12);
        Assert.Equal(4.6, statistics.P90, precision: 12);
        Assert.Equal(4.96, statistics.P99, precision: 12);
        Assert.Equal(Math.Sqrt(2.5), statistics.StandardDeviation!.Value, precision: 12);
        Assert.Equal(1.0367568387, statistics.ConfidenceIntervalLow!.Value, precision: 9);
        Assert.Equal(4.9632431613, statistics.ConfidenceIntervalHigh!.Value, precision: 9);
    }

    [Fact]
    public void Summarise_TwoValues_UsesOneDegreeOfFreedom()
    {
        var statistics = RepetitionStatistics.Summarise([4.0, 2.0]);

        Assert.NotNull(statistics);
        Assert.Equal(3.0, statistics.Mean, precision: 12);
        Assert.Equal(3.8, statistics.P90, precision: 12);
        Assert.Equal(3.98, statistics.P99, precision: 12);
        Assert.Equal(Math.Sqrt(2), statistics.StandardDeviation!.Value, precision: 12);
        Assert.Equal(3.0 - 12.706204736, statistics.ConfidenceIntervalLow!.Value, precision: 9);
        Assert.Equal(3.0 + 12.706204736, statistics.ConfidenceIntervalHigh!.Value, precision: 9);
    }

    [Fact]
    public void Summarise_OneValue_HasNoSpread()
    {
        var statistics = RepetitionStatistics.Summarise([7.0]);

        Assert.NotNull(statistics);
        Assert.Equal(1, statistics.Count);
        Assert.Equal(7.0, statistics.Mean);
        Assert.Equal(7.0, statistics.P90);
        Assert.Equal(7.0, statistics.P99);
        Assert.Null(statistics.StandardDeviation);
        Assert.Null(statistics.ConfidenceIntervalLow);
        Assert.Null(statistics.ConfidenceIntervalHigh);
    }

    [Fact]
    public void Summarise_SkipsUndefinedValues()
    {
        var statistics = RepetitionStatistics.Summarise([null, 2.0, null, 4.0]);

        Assert.NotNull(statistics);
        Assert.Equal(2, statistics.Count);
        Assert.Equal(3.0, statistics.Mean, precision: 12);
    }

    [Fact]
    public void Summarise_NoDefinedValue_IsNull()
    {
        Assert.Null(RepetitionStatistics.Summarise([null, null]));
        Assert.Null(RepetitionStatistics.Summarise([]));
    }

    [Fact]
    public void Summarise_LargeValuesSmallSpread_KeepsPrecision()
    {
        var statistics = RepetitionStatistics.Summarise([1e9 + 1, 1e9 + 2, 1e9 + 3]);

        Assert.NotNull(statistics);
        Assert.Equal(1.0, statistics.StandardDeviation!.Value, precision: 12);
    }
}

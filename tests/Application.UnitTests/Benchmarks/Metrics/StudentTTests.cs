using Benchmarker.Application.Benchmarks.Metrics;

namespace Benchmarker.Application.UnitTests.Benchmarks.Metrics;

/// <summary>Reference values are the 0.975 quantiles of Student's t, found by integrating its density numerically.</summary>
public sealed class StudentTTests
{
    [Theory]
    [InlineData(1, 12.706204736)]
    [InlineData(4, 2.776445105)]
    [InlineData(30, 2.042272456)]
    [InlineData(31, 2.039513446)]
    [InlineData(40, 2.021075390)]
    [InlineData(60, 2.000297822)]
    [InlineData(120, 1.979930405)]
    [InlineData(1000, 1.962339081)]
    public void CriticalValue95_MatchesReference(int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.CriticalValue95(degreesOfFreedom), precision: 7);
    }

    [Fact]
    public void CriticalValue95_ApproachesNormalQuantile()
    {
        Assert.Equal(1.959964, StudentT.CriticalValue95(10_000_000), precision: 6);
    }

    [Fact]
    public void CriticalValue95_ZeroDegrees_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.CriticalValue95(0));
    }
}

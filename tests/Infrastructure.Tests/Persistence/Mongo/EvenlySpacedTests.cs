using Benchmarker.Infrastructure.Persistence.Mongo;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

public sealed class EvenlySpacedTests
{
    [Theory]
    [InlineData(10, 0.5, 2, 5)]
    [InlineData(1001, 0.001, 2, 2)]
    [InlineData(5000, 0.01, 1000, 1000)]
    [InlineData(7, 0.9, 2, 6)]
    public void Keeps_first_last_and_target_count(int count, double fraction, int minimum, int expected)
    {
        var items = Enumerable.Range(0, count).ToArray();

        var kept = EvenlySpaced.Keep(items, fraction, minimum);

        Assert.Equal(expected, kept.Count);
        Assert.Equal(0, kept[0]);
        Assert.Equal(count - 1, kept[^1]);
        Assert.Equal(kept.Distinct().Order(), kept);
    }

    [Theory]
    [InlineData(2, 0.1, 2)]
    [InlineData(900, 0.5, 1000)]
    [InlineData(0, 0.5, 2)]
    public void Short_list_is_returned_unchanged(int count, double fraction, int minimum)
    {
        var items = Enumerable.Range(0, count).ToArray();

        var kept = EvenlySpaced.Keep(items, fraction, minimum);

        Assert.Same(items, kept);
    }

    [Fact]
    public void Spacing_is_even()
    {
        var items = Enumerable.Range(0, 101).ToArray();

        var kept = EvenlySpaced.Keep(items, 0.11, 2);

        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], kept);
    }
}

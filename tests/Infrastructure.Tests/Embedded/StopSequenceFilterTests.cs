using Benchmarker.Infrastructure.Embedded.Engine;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class StopSequenceFilterTests
{
    [Fact]
    public void Filter_PassesTextWithoutStops()
    {
        var filter = new StopSequenceFilter([]);

        Assert.Equal("abc", filter.Append("abc"));
        Assert.False(filter.Stopped);
    }

    [Fact]
    public void Filter_CutsAtStopSplitAcrossTokens()
    {
        var filter = new StopSequenceFilter(["END"]);

        var emitted = filter.Append("hello E") + filter.Append("N") + filter.Append("D tail");

        Assert.Equal("hello ", emitted);
        Assert.True(filter.Stopped);
    }

    [Fact]
    public void Filter_ReleasesHeldTextWhenNoStopFollows()
    {
        var filter = new StopSequenceFilter(["END"]);

        Assert.Equal("a", filter.Append("aE"));
        Assert.Equal("Ex", filter.Append("x"));
        Assert.Equal("E", filter.Append("E") + filter.Flush());
        Assert.False(filter.Stopped);
    }

    [Fact]
    public void Filter_UsesEarliestOfSeveralStops()
    {
        var filter = new StopSequenceFilter(["zz", "b"]);

        Assert.Equal("a", filter.Append("abzz"));
        Assert.True(filter.Stopped);
    }
}

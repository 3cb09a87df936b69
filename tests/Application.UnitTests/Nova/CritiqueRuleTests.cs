using Benchmarker.Application.Nova.Orchestration;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class CritiqueRuleTests
{
    [Theory]
    [InlineData("STRENGTHS: good\nIMPROVEMENTS:\nNO FURTHER IMPROVEMENTS")]
    [InlineData("All fine. No further improvements.")]
    [InlineData("STRENGTHS: good\nIMPROVEMENTS:\n")]
    [InlineData("STRENGTHS: good\n**IMPROVEMENTS:**\n- None\n")]
    [InlineData("IMPROVEMENTS: n/a\nRISKS: none")]
    public void FindsNothingToImprove_WhenMarkerOrEmptySection_IsTrue(string critique)
    {
        Assert.True(CritiqueRule.FindsNothingToImprove(critique));
    }

    [Theory]
    [InlineData("STRENGTHS: good\nIMPROVEMENTS:\n- add an example")]
    [InlineData("IMPROVEMENTS: cite a source\n")]
    [InlineData("The answer is weak and needs more detail.")]
    [InlineData("Improvements are needed in the second part.\nIMPROVEMENTS:\n1. expand part two")]
    public void FindsNothingToImprove_WhenImprovementsListed_IsFalse(string critique)
    {
        Assert.False(CritiqueRule.FindsNothingToImprove(critique));
    }
}

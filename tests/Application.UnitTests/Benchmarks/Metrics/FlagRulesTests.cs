using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Models;
using static Benchmarker.Application.UnitTests.Support.Outcomes;

namespace Benchmarker.Application.UnitTests.Benchmarks.Metrics;

public sealed class FlagRulesTests
{
    private static readonly GenerationStats Typical = new()
    {
        LoadDuration = 0.01,
        PromptEvalCount = 20,
        PromptEvalDuration = 0.05,
        EvalCount = 21,
        EvalDuration = 2.0,
        DoneReason = "stop",
    };

    private readonly MetricsCalculator _calculator = new();

    [Fact]
    public void TypicalResult_HasNoFlags()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical), "Why is the sky blue?", Loaded(), BackendListedLoadedModels: true));

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(0.6, true)]
    [InlineData(0.5, false)]
    public void ColdStart_LongLoadDuration(double loadDuration, bool expected)
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { LoadDuration = loadDuration }), "p", Loaded(), true));

        Assert.Equal(expected, flags.Contains(ResultFlags.ColdStart));
    }

    [Fact]
    public void ColdStart_ModelMissingFromLoadedList()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical), "p", LoadedBefore: null, BackendListedLoadedModels: true));

        Assert.Contains(ResultFlags.ColdStart, flags);
    }

    [Fact]
    public void ColdStart_EmptyLoadedList_IsNotEvidence()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical), "p", LoadedBefore: null, BackendListedLoadedModels: false));

        Assert.DoesNotContain(ResultFlags.ColdStart, flags);
    }

    [Fact]
    public void ColdStart_BackendLoadedForRequest()
    {
        var outcome = TwoSecondDecode(Typical) with { LoadedForRequest = true };

        Assert.Contains(ResultFlags.ColdStart, Flags(new MetricsInput(outcome, "p")));
    }

    [Fact]
    public void Truncated_DoneReasonLength()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { DoneReason = "length" }), "p", Loaded(), true));

        Assert.Contains(ResultFlags.Truncated, flags);
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void Truncated_PromptTokensFarBelowEstimate(int promptTokens, bool expected)
    {
        var prompt = new string('x', 400);

        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { PromptEvalCount = promptTokens }), prompt, Loaded(), true));

        Assert.Equal(expected, flags.Contains(ResultFlags.Truncated));
    }

    [Fact]
    public void Truncated_ShortPrompt_IsNotChecked()
    {
        var prompt = new string('x', 124);

        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { PromptEvalCount = 1 }), prompt, Loaded(), true));

        Assert.DoesNotContain(ResultFlags.Truncated, flags);
    }

    [Fact]
    public void EstimatePromptTokens_RoundsUpQuarterOfCharacters()
    {
        Assert.Equal(0, FlagRules.EstimatePromptTokens(""));
        Assert.Equal(1, FlagRules.EstimatePromptTokens("abc"));
        Assert.Equal(2, FlagRules.EstimatePromptTokens("abcde"));
    }

    [Fact]
    public void PromptCacheHit_CachedTokens()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { PromptEvalCachedCount = 5 }), "p", Loaded(), true));

        Assert.Contains(ResultFlags.PromptCacheHit, flags);
    }

    [Fact]
    public void PromptCacheHit_ImplausiblePrefillRate()
    {
        var stats = Typical with { PromptEvalCount = 500, PromptEvalDuration = 0.001 };

        var flags = Flags(new MetricsInput(TwoSecondDecode(stats), "p", Loaded(), true));

        Assert.Contains(ResultFlags.PromptCacheHit, flags);
        Assert.DoesNotContain(ResultFlags.ImplausibleRate, flags);
    }

    [Fact]
    public void PromptCacheHit_SubMillisecondPrefillIgnored()
    {
        var stats = Typical with { PromptEvalCount = 6, PromptEvalDuration = 0.0002 };

        var flags = Flags(new MetricsInput(TwoSecondDecode(stats), "p", Loaded(), true));

        Assert.DoesNotContain(ResultFlags.PromptCacheHit, flags);
    }

    [Fact]
    public void ImplausibleRate_ServerRateAboveLimit()
    {
        var stats = Typical with { EvalCount = 50, EvalDuration = 0.002 };

        var flags = Flags(new MetricsInput(TwoSecondDecode(stats), "p", Loaded(), true));

        Assert.Contains(ResultFlags.ImplausibleRate, flags);
    }

    [Theory]
    [InlineData(1.5, true)]
    [InlineData(2.2, false)]
    public void ImplausibleRate_ServerAndClientDisagree(double evalDuration, bool expected)
    {
        // The client rate is (21 − 1) / 2 s = 10 tok/s; the server rate is 21 / evalDuration.
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { EvalDuration = evalDuration }), "p", Loaded(), true));

        Assert.Equal(expected, flags.Contains(ResultFlags.ImplausibleRate));
    }

    [Theory]
    [InlineData(GenerationStatus.Incomplete, true)]
    [InlineData(GenerationStatus.Failed, true)]
    [InlineData(GenerationStatus.Completed, false)]
    public void Incomplete_NoFinalChunk(GenerationStatus status, bool expected)
    {
        var outcome = TwoSecondDecode(Typical) with { Status = status };

        var flags = Flags(new MetricsInput(outcome, "p", Loaded(), true));

        Assert.Equal(expected, flags.Contains(ResultFlags.Incomplete));
    }

    [Fact]
    public void FewTokens_OneCompletionToken()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { EvalCount = 1 }), "p", Loaded(), true));

        Assert.Contains(ResultFlags.FewTokens, flags);
    }

    [Fact]
    public void FewTokens_UnknownCount_IsNotFlagged()
    {
        var flags = Flags(new MetricsInput(TwoSecondDecode(Typical with { EvalCount = null }), "p", Loaded(), true));

        Assert.DoesNotContain(ResultFlags.FewTokens, flags);
    }

    private static LoadedModelState Loaded() => new() { Name = "llama3.2:latest" };

    /// <summary>Chunks from 0.5 s to 2.5 s, so the client decode time is exactly 2 s.</summary>
    private static GenerationOutcome TwoSecondDecode(GenerationStats stats) =>
        Completed(stats, Chunk(0.5), Chunk(1.0), Chunk(1.5), Chunk(2.0), Chunk(2.5));

    private IReadOnlyList<string> Flags(MetricsInput input) => _calculator.Calculate(input).Flags;
}

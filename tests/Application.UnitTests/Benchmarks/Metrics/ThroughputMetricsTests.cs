using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.UnitTests.Support;
using static Benchmarker.Application.UnitTests.Support.Outcomes;

namespace Benchmarker.Application.UnitTests.Benchmarks.Metrics;

public sealed class ThroughputMetricsTests
{
    private readonly MetricsCalculator _calculator = new();

    [Fact]
    public void ChunkAndByteCounts_UseUtf8()
    {
        var outcome = Completed(null, Chunk(0.5, "é"), Chunk(0.6, "€"), Chunk(0.7, "a")) with { EndTimestamp = Clock.At(2.0) };

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Equal(3, throughput.TotalChunks);
        Assert.Equal(6, throughput.TotalBytes);
        Assert.Equal(2.0, throughput.AverageChunkSize);
        Assert.Equal(3.0, throughput.BytesPerSecond!.Value, precision: 9);
    }

    [Fact]
    public void NoChunks_ChunkRatesAreNull()
    {
        var throughput = _calculator.Calculate(new MetricsInput(Completed(null), "p")).Throughput;

        Assert.Equal(0, throughput.TotalChunks);
        Assert.Null(throughput.AverageChunkSize);
        Assert.Null(throughput.BytesPerSecond);
    }

    [Fact]
    public void TokensPerSecond_IsEvalCountOverEvalDuration()
    {
        var stats = new GenerationStats { EvalCount = 100, EvalDuration = 2.0 };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Equal(50.0, throughput.TokensPerSecond);
    }

    [Theory]
    [InlineData(1, 2.0)]
    [InlineData(100, 0.0)]
    [InlineData(100, 0.0005)]
    public void TokensPerSecond_DegenerateInput_IsNull(int evalCount, double evalDuration)
    {
        var stats = new GenerationStats { EvalCount = evalCount, EvalDuration = evalDuration };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Null(throughput.TokensPerSecond);
    }

    [Fact]
    public void TokensPerSecond_MissingEvalDuration_IsNull()
    {
        var stats = new GenerationStats { EvalCount = 100 };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Null(throughput.TokensPerSecond);
    }

    [Fact]
    public void ClientTokensPerSecond_IsTokensAfterFirstOverDecodeTime()
    {
        var stats = new GenerationStats { EvalCount = 11 };
        var outcome = Completed(stats, Chunk(0.5), Chunk(1.5), Chunk(2.5));

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Equal(5.0, throughput.ClientTokensPerSecond!.Value, precision: 9);
    }

    [Fact]
    public void ClientTokensPerSecond_OneToken_IsNull()
    {
        var stats = new GenerationStats { EvalCount = 1 };
        var outcome = Completed(stats, Chunk(0.5), Chunk(1.5));

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Null(throughput.ClientTokensPerSecond);
    }

    [Fact]
    public void ClientTokensPerSecond_ChunksFromOneRead_IsNull()
    {
        var stats = new GenerationStats { EvalCount = 10 };
        var outcome = Completed(stats, Chunk(0.5), Chunk(0.5));

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Null(throughput.ClientTokensPerSecond);
    }

    [Fact]
    public void ClientTokensPerSecond_NoTokenCount_IsNull()
    {
        var outcome = Completed(null, Chunk(0.5), Chunk(1.5), Chunk(2.5));

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Null(throughput.ClientTokensPerSecond);
        Assert.Null(throughput.EndToEndTokensPerSecond);
    }

    [Fact]
    public void EndToEndTokensPerSecond_IsTokensOverTotalTime()
    {
        var stats = new GenerationStats { EvalCount = 30 };
        var outcome = Completed(stats, Chunk(0.5)) with { EndTimestamp = Clock.At(4.0) };

        var throughput = _calculator.Calculate(new MetricsInput(outcome, "p")).Throughput;

        Assert.Equal(7.5, throughput.EndToEndTokensPerSecond!.Value, precision: 9);
    }

    [Fact]
    public void PromptTokensPerSecond_ExcludesCachedTokens()
    {
        var stats = new GenerationStats { PromptEvalCount = 100, PromptEvalCachedCount = 40, PromptEvalDuration = 0.5 };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Equal(120.0, throughput.PromptTokensPerSecond);
    }

    [Fact]
    public void PromptTokensPerSecond_NoCachedField_UsesAllPromptTokens()
    {
        var stats = new GenerationStats { PromptEvalCount = 100, PromptEvalDuration = 0.5 };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Equal(200.0, throughput.PromptTokensPerSecond);
    }

    [Theory]
    [InlineData(100, 0.0)]
    [InlineData(100, null)]
    [InlineData(null, 0.5)]
    public void PromptTokensPerSecond_MissingOrZero_IsNull(int? promptTokens, double? duration)
    {
        var stats = new GenerationStats { PromptEvalCount = promptTokens, PromptEvalDuration = duration };

        var throughput = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Throughput;

        Assert.Null(throughput.PromptTokensPerSecond);
    }

    [Fact]
    public void TokenCounts_ComeFromStats()
    {
        var stats = new GenerationStats { PromptEvalCount = 12, PromptEvalCachedCount = 3, EvalCount = 40, DoneReason = "stop" };

        var measurement = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p"));

        Assert.Equal(12, measurement.Tokens.PromptTokens);
        Assert.Equal(3, measurement.Tokens.PromptCachedTokens);
        Assert.Equal(40, measurement.Tokens.CompletionTokens);
        Assert.Equal("stop", measurement.DoneReason);
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Application.UnitTests.Support;
using static Benchmarker.Application.UnitTests.Support.Outcomes;

namespace Benchmarker.Application.UnitTests.Benchmarks.Metrics;

public sealed class TimingMetricsTests
{
    private readonly MetricsCalculator _calculator = new();

    [Fact]
    public void TimeToFirstByte_IsFirstByteMinusT0()
    {
        var outcome = Completed(null, Chunk(0.5)) with { FirstByteTimestamp = Clock.At(0.25) };

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Equal(0.25, timing.TimeToFirstByte!.Value, precision: 9);
    }

    [Fact]
    public void TimeToFirstToken_CountsThinkingChunks()
    {
        var outcome = Completed(null, Chunk(0.5, "hmm", ChunkChannel.Thinking), Chunk(1.5, "Hi"));

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Equal(0.5, timing.TimeToFirstToken!.Value, precision: 9);
        Assert.Equal(timing.TimeToFirstToken, timing.TimeToFirstChunk);
        Assert.Equal(1.5, timing.TimeToFirstContent!.Value, precision: 9);
    }

    [Fact]
    public void TimeToFirstContent_NoVisibleText_IsNull()
    {
        var outcome = Completed(null, Chunk(0.5, "hmm", ChunkChannel.Thinking), Chunk(0.7, "{}", ChunkChannel.ToolCall));

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Null(timing.TimeToFirstContent);
        Assert.Equal(0.5, timing.TimeToFirstToken!.Value, precision: 9);
    }

    [Fact]
    public void TotalTime_IsEndMinusT0()
    {
        var outcome = Completed(null, Chunk(0.5)) with { EndTimestamp = Clock.At(3.0) };

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Equal(3.0, timing.TotalTime!.Value, precision: 9);
    }

    [Fact]
    public void TotalTime_FailureMidStream_IsTimeOfFailure()
    {
        var outcome = Completed(null, Chunk(0.5), Chunk(0.6)) with
        {
            Status = GenerationStatus.Failed,
            EndTimestamp = Clock.At(1.25),
            ErrorKind = "server_error",
        };

        var measurement = _calculator.Calculate(new MetricsInput(outcome, "p"));

        Assert.Equal(1.25, measurement.Timing.TotalTime!.Value, precision: 9);
        Assert.Equal(0.1, measurement.Timing.DecodeTime!.Value, precision: 9);
        Assert.Equal("abab", measurement.Response);
    }

    [Fact]
    public void DecodeTime_IsLastMinusFirstTokenChunk()
    {
        var outcome = Completed(null, Chunk(0.5), Chunk(0.75), Chunk(2.5));

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Equal(2.0, timing.DecodeTime!.Value, precision: 9);
    }

    [Fact]
    public void InterChunkLatency_SummarisesGaps()
    {
        var outcome = Completed(null, Chunk(1.0), Chunk(1.1), Chunk(1.3), Chunk(1.6), Chunk(2.0));

        var latency = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing.InterChunkLatency;

        Assert.NotNull(latency);
        Assert.Equal(0.25, latency.Mean, precision: 9);
        Assert.Equal(0.25, latency.P50, precision: 9);
        Assert.Equal(0.37, latency.P90, precision: 9);
        Assert.Equal(0.397, latency.P99, precision: 9);
        Assert.Equal(0.4, latency.Max, precision: 9);
    }

    [Fact]
    public void OneChunk_DecodeAndLatencyAreNull()
    {
        var timing = _calculator.Calculate(new MetricsInput(Completed(null, Chunk(0.5)), "p")).Timing;

        Assert.Null(timing.DecodeTime);
        Assert.Null(timing.InterChunkLatency);
        Assert.Equal(0.5, timing.TimeToFirstToken!.Value, precision: 9);
    }

    [Fact]
    public void NoChunks_TokenTimesAreNull()
    {
        var measurement = _calculator.Calculate(new MetricsInput(Completed(null), "p"));

        Assert.Null(measurement.Timing.TimeToFirstToken);
        Assert.Null(measurement.Timing.TimeToFirstChunk);
        Assert.Null(measurement.Timing.TimeToFirstContent);
        Assert.Null(measurement.Timing.DecodeTime);
        Assert.Empty(measurement.ChunkOffsets);
        Assert.Equal("", measurement.Response);
        Assert.Null(measurement.Thinking);
    }

    [Fact]
    public void EmptyTextChunks_AreIgnored()
    {
        var outcome = Completed(null, Chunk(0.2, ""), Chunk(0.5), Chunk(0.9));

        var measurement = _calculator.Calculate(new MetricsInput(outcome, "p"));

        Assert.Equal(0.5, measurement.Timing.TimeToFirstToken!.Value, precision: 9);
        Assert.Equal(2, measurement.Throughput.TotalChunks);
    }

    [Fact]
    public void FailureBeforeStream_ClientTimesAreNull()
    {
        var outcome = new GenerationOutcome
        {
            Status = GenerationStatus.Failed,
            StartTimestamp = Clock.At(0),
            EndTimestamp = Clock.At(0.05),
            HttpStatus = 404,
        };

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Null(timing.TimeToFirstByte);
        Assert.Null(timing.TimeToFirstToken);
        Assert.Equal(0.05, timing.TotalTime!.Value, precision: 9);
    }

    [Fact]
    public void ServerDurations_ComeFromStats()
    {
        var stats = new GenerationStats { LoadDuration = 0.1, PromptEvalDuration = 0.2, EvalDuration = 0.3, TotalDuration = 0.7 };

        var timing = _calculator.Calculate(new MetricsInput(Completed(stats, Chunk(0.5)), "p")).Timing;

        Assert.Equal(0.1, timing.LoadDuration);
        Assert.Equal(0.2, timing.PromptEvalDuration);
        Assert.Equal(0.3, timing.EvalDuration);
        Assert.Equal(0.7, timing.ServerTotalDuration);
    }

    [Fact]
    public void MissingStats_ServerDurationsAreNull()
    {
        var measurement = _calculator.Calculate(new MetricsInput(Completed(null, Chunk(0.5)), "p"));

        Assert.Null(measurement.Timing.LoadDuration);
        Assert.Null(measurement.Timing.PromptEvalDuration);
        Assert.Null(measurement.Timing.EvalDuration);
        Assert.Null(measurement.Timing.ServerTotalDuration);
        Assert.Null(measurement.Tokens.PromptTokens);
        Assert.Null(measurement.Tokens.CompletionTokens);
        Assert.Null(measurement.DoneReason);
    }

    [Fact]
    public void QueueTime_IsStoredInSeconds()
    {
        var outcome = Completed(null, Chunk(0.5)) with { QueueTime = TimeSpan.FromMilliseconds(1500) };

        var timing = _calculator.Calculate(new MetricsInput(outcome, "p")).Timing;

        Assert.Equal(1.5, timing.QueueTime);
    }

    [Fact]
    public void ChunkOffsets_AreSecondsSinceT0()
    {
        var outcome = Completed(null, Chunk(0.5), Chunk(0.75));

        var offsets = _calculator.Calculate(new MetricsInput(outcome, "p")).ChunkOffsets;

        Assert.Equal(2, offsets.Count);
        Assert.Equal(0.5, offsets[0], precision: 9);
        Assert.Equal(0.75, offsets[1], precision: 9);
    }

    [Fact]
    public void ResponseAndThinking_AreSplitByChannel()
    {
        var outcome = Completed(null, Chunk(0.1, "plan", ChunkChannel.Thinking), Chunk(0.2, "Hel"), Chunk(0.3, "lo"));

        var measurement = _calculator.Calculate(new MetricsInput(outcome, "p"));

        Assert.Equal("Hello", measurement.Response);
        Assert.Equal("plan", measurement.Thinking);
    }
}

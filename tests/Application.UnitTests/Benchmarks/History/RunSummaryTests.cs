using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Benchmarks.History;

public sealed class RunSummaryTests
{
    [Fact]
    public void Best_rate_skips_implausible_results()
    {
        var run = Run(Result("fast", 25_000, ResultFlags.ImplausibleRate), Result("real", 42, ResultFlags.ColdStart));

        var summary = BenchmarkRunSummary.From(run);

        Assert.Equal(42, summary.BestTokensPerSecond);
    }

    [Fact]
    public void Best_rate_is_null_when_every_rate_is_implausible()
    {
        var run = Run(Result("fast", 25_000, ResultFlags.ImplausibleRate));

        var summary = BenchmarkRunSummary.From(run);

        Assert.Null(summary.BestTokensPerSecond);
    }

    private static BenchmarkRun Run(params ModelResult[] results) => new()
    {
        Id = "run-1",
        Timestamp = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        Prompt = "Why is the sky blue?",
        Results = results,
    };

    private static ModelResult Result(string model, double tokensPerSecond, string flag) => new()
    {
        Model = model,
        Backend = "ollama",
        Success = true,
        Flags = [flag],
        Throughput = new ThroughputMetrics { TokensPerSecond = tokensPerSecond },
    };
}

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>Runs that exercise every rule of the index summary: failures, flags, missing rates, long prompts and escapes.</summary>
internal static class ScannerRuns
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

    public static IEnumerable<BenchmarkRun> All()
    {
        yield return RunFactory.Run("plain", T0);
        yield return RunFactory.Run("failed", T0.AddMinutes(1), model: "qwen3:8b", success: false);
        yield return RunFactory.Run("escaped", T0.AddMinutes(2), prompt: "Ünïcode \"quoted\" <tag> & \\ back\nslash\t\u0001 😀");
        yield return RunFactory.Run("long-prompt", T0.AddMinutes(3), prompt: string.Concat(Enumerable.Repeat("Write A Haiku. ", 400)));
        yield return new BenchmarkRun { Id = "no-results", Timestamp = T0.AddMinutes(4), Prompt = "empty", Cancelled = true };
        yield return new BenchmarkRun
        {
            Id = "mixed",
            Timestamp = T0.AddMinutes(5),
            Prompt = "Mixed results",
            Mode = RunMode.Parallel,
            BackendVersions = new Dictionary<string, string?> { ["ollama"] = "0.33.0" },
            Results =
            [
                Result("Llama3", success: true, ttft: 0.9, tps: 900, flags: [ResultFlags.ImplausibleRate, ResultFlags.ColdStart]),
                Result("llama3:latest", success: true, ttft: 0.4, tps: null, clientTps: 31.5, flags: [ResultFlags.PromptCacheHit]),
                Result("phi4", success: false, ttft: 0.1, tps: 99, flags: [ResultFlags.Incomplete]),
                Result("Llama3", success: true, ttft: null, tps: 12.25),
            ],
        };
        yield return new BenchmarkRun
        {
            Id = "all-flagged",
            Timestamp = T0.AddMinutes(6),
            Prompt = "Only implausible rates",
            Results = [Result("gemma3:4b", success: true, ttft: 0.3, tps: 5000, flags: [ResultFlags.ImplausibleRate])],
        };
    }

    private static ModelResult Result(string model, bool success, double? ttft, double? tps, double? clientTps = null, string[]? flags = null) => new()
    {
        Model = model,
        Backend = "ollama",
        Success = success,
        Error = success ? null : "stream ended",
        ErrorKind = success ? null : ResultErrorKinds.Incomplete,
        Flags = flags ?? [],
        Timestamp = T0,
        Response = "answer",
        Thinking = "thinking",
        Timing = new TimingMetrics { TimeToFirstToken = ttft, TotalTime = 3, InterChunkLatency = new LatencyStatistics(0.1, 0.1, 0.2, 0.3, 0.4) },
        Throughput = new ThroughputMetrics { TotalChunks = 3, TokensPerSecond = tps, ClientTokensPerSecond = clientTps, EndToEndTokensPerSecond = 7 },
        Tokens = new TokenCounts { PromptTokens = 10, CompletionTokens = 20 },
        ChunkOffsets = [0.4, 0.5, 0.6],
        SystemImpact = new SystemImpact { CpuPercent = new MeanPeak(20, 80), CpuDelta = [1, -2], MemoryDelta = 0.5 },
    };
}

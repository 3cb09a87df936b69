using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Models;
using Benchmarker.Domain.Systems;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>A run with every field of the run and its result set to a value other than the default, for round trips.</summary>
internal static class FullRun
{
    public static BenchmarkRun Create(string id, DateTimeOffset timestamp) => new()
    {
        Id = id,
        Timestamp = timestamp,
        Prompt = "Explain \"RAID 5\" in one line ✓\n",
        Parameters = new GenerationParameters
        {
            Temperature = 0.2,
            TopK = 40,
            TopP = 0.9,
            Seed = 7,
            NumPredict = 128,
            NumCtx = 4096,
            Stop = ["</s>"],
            KeepAlive = "5m",
            Think = true,
            Endpoint = GenerationEndpoint.Generate,
        },
        Mode = RunMode.Parallel,
        SystemInfo = new SystemInfo
        {
            Platform = "Linux",
            Processor = "x86_64",
            RuntimeVersion = ".NET 10",
            Cpu = new CpuInfo { PhysicalCores = 4, TotalCores = 8, MaxFrequency = 4200, MinFrequency = 800, CurrentFrequency = 2100 },
            Memory = new MemoryInfo { Total = 32, Available = 20, Used = 12, PercentUsed = 37.5 },
            Gpu = [new GpuInfo { Index = 0, Name = "Test GPU", MemoryTotalMb = 8192, DriverVersion = "550.1" }],
            GpuStatus = "ok",
            Missing = ["cpu_frequency"],
        },
        Results = [Result(timestamp)],
        BackendVersions = new Dictionary<string, string?> { ["ollama"] = "0.33.0", ["llamacpp"] = null },
        SamplerIntervalSeconds = 0.25,
        BenchmarkerVersion = "1.2.3",
        Cancelled = true,
    };

    private static ModelResult Result(DateTimeOffset timestamp) => new()
    {
        Model = "llama3:8b",
        Backend = "ollama",
        Success = true,
        Error = "recovered after retry",
        ErrorKind = ResultErrorKinds.Incomplete,
        Flags = [ResultFlags.ColdStart, ResultFlags.PromptCacheHit],
        Timestamp = timestamp.AddSeconds(1),
        Prompt = "Explain \"RAID 5\" in one line ✓\n",
        Response = "Striping with parity.",
        Thinking = "Short answer.",
        Timing = new TimingMetrics
        {
            QueueTime = 0.01,
            TimeToFirstByte = 0.1,
            TimeToFirstToken = 0.2,
            TimeToFirstChunk = 0.15,
            TimeToFirstContent = 0.25,
            TotalTime = 1.5,
            DecodeTime = 1.2,
            InterChunkLatency = new LatencyStatistics(0.05, 0.04, 0.08, 0.1, 0.2),
            LoadDuration = 0.3,
            PromptEvalDuration = 0.05,
            EvalDuration = 1.1,
            ServerTotalDuration = 1.45,
            AverageChunkTime = 0.05,
            MaxChunkTime = 0.2,
            MinChunkTime = 0.01,
        },
        Throughput = new ThroughputMetrics
        {
            TotalChunks = 3,
            TotalBytes = 21,
            AverageChunkSize = 7,
            BytesPerSecond = 14,
            TokensPerSecond = 41.5,
            ClientTokensPerSecond = 40.25,
            EndToEndTokensPerSecond = 30,
            PromptTokensPerSecond = 500,
        },
        Tokens = new TokenCounts { PromptTokens = 12, PromptCachedTokens = 4, CompletionTokens = 50 },
        DoneReason = "stop",
        ChunkOffsets = [0.2, 0.25, 0.3],
        RejectedAttempts = 1,
        SystemImpact = new SystemImpact
        {
            CpuPercent = new MeanPeak(20, 80),
            CpuPerCore = [10, 30],
            CpuDelta = [1, -2],
            MemoryUsedGb = new MemoryUse(10, 11, 12),
            MemoryDelta = 0.5,
            Process = new ProcessImpact { Name = "ollama", Pid = 42, CpuPercent = new MeanPeak(50, 90), ResidentMemoryMb = new MeanPeak(900, 1000) },
            Gpu = [new GpuImpact { Index = 0, Name = "Test GPU", UtilizationPercent = new MeanPeak(60, 99), MemoryUsedMb = new MeanPeak(4000, 4100), MemoryTotalMb = 8192, PowerWatts = new MeanPeak(100, 150), TemperatureCelsius = new MeanPeak(60, 70) }],
            GpuStatus = "ok",
            Samples =
            [
                new SystemSample
                {
                    Offset = 0.25,
                    CpuPercent = 25,
                    CpuPerCore = [20, 30],
                    MemoryUsedGb = 11,
                    Processes = [new ProcessSample("ollama", 50, 950)],
                    Gpu = [new GpuSample(0, 60, 4000, 8192, 120, 65)],
                },
            ],
        },
        ModelDetails = new ModelDetails
        {
            Name = "llama3:8b",
            Backend = "ollama",
            Family = "llama",
            Architecture = "llama",
            ParameterSize = "8B",
            ParameterCount = 8_000_000_000,
            QuantizationLevel = "Q4_K_M",
            ContextLength = 8192,
            SizeBytes = 4_700_000_000,
            Digest = "sha256:abc",
            ModifiedAt = timestamp.AddDays(-3),
            Capabilities = ["completion"],
        },
        LoadedBefore = new LoadedModelState { Name = "llama3:8b", SizeBytes = 5_000_000_000, SizeVramBytes = 4_000_000_000, ContextLength = 8192, ExpiresAt = timestamp.AddMinutes(5) },
    };
}

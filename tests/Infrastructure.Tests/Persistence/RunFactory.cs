using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Tests.Persistence;

internal static class RunFactory
{
    public static BenchmarkRun Run(string id, DateTimeOffset timestamp, string prompt = "What is 2+2?", string model = "llama3", bool success = true, double ttft = 0.5, double tps = 40) => new()
    {
        Id = id,
        Timestamp = timestamp,
        Prompt = prompt,
        Results =
        [
            new ModelResult
            {
                Model = model,
                Backend = "ollama",
                Success = success,
                Error = success ? null : "boom",
                Timestamp = timestamp,
                Response = "4",
                Timing = new TimingMetrics { TimeToFirstToken = ttft, TimeToFirstChunk = ttft, TotalTime = 2 },
                Throughput = new ThroughputMetrics { TotalChunks = 3, TokensPerSecond = tps },
                ChunkOffsets = [0.5, 0.6, 0.7],
            },
        ],
    };
}

using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Performance.Storage;

/// <summary>Writes deterministic runs (fixed seed) straight to files, without the store's fsync, to set up a large directory quickly.</summary>
internal static class GeneratedRuns
{
    private static readonly string[] Models = ["llama3", "qwen3:8b", "mistral:7b", "gemma3:4b", "phi4"];

    private static readonly string[] Prompts = ["What is 2+2?", "Write a haiku about autumn", "Explain quicksort", "Summarise the French revolution", "Translate hello to German"];

    public static long Write(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(42);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        long bytes = 0;

        for (var i = 0; i < count; i++)
        {
            var run = Create($"run-{i:D6}", start.AddMinutes(i), random);
            var json = JsonSerializer.SerializeToUtf8Bytes(run, BenchmarkerJson.Options);
            File.WriteAllBytes(Path.Combine(directory, run.Id + ".json"), json);
            bytes += json.Length;
        }

        return bytes;
    }

    private static BenchmarkRun Create(string id, DateTimeOffset timestamp, Random random) => new()
    {
        Id = id,
        Timestamp = timestamp,
        Prompt = Prompts[random.Next(Prompts.Length)] + " #" + random.Next(1000),
        Results = [.. Enumerable.Range(0, 3).Select(_ => CreateResult(timestamp, random))],
    };

    private static ModelResult CreateResult(DateTimeOffset timestamp, Random random)
    {
        var ttft = 0.1 + random.NextDouble();
        return new ModelResult
        {
            Model = Models[random.Next(Models.Length)],
            Backend = "ollama",
            Success = random.Next(10) > 0,
            Timestamp = timestamp,
            Response = "The answer is four. " + new string('x', random.Next(200)),
            Timing = new TimingMetrics { TimeToFirstToken = ttft, TimeToFirstChunk = ttft, TotalTime = ttft + 3 },
            Throughput = new ThroughputMetrics { TotalChunks = 40, TotalBytes = 200, TokensPerSecond = 10 + (random.NextDouble() * 50) },
            Tokens = new TokenCounts { PromptTokens = 20, CompletionTokens = 40 },
            ChunkOffsets = [.. Enumerable.Range(0, 40).Select(chunk => ttft + (chunk * 0.07))],
        };
    }
}

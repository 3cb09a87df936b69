using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Benchmarker.Infrastructure.Serialization;
using MongoDB.Bson;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>BSON mapping of runs, checked without a server by comparing the JSON of the run before and after a round trip.</summary>
public sealed class MongoRunDocumentTests
{
    private static readonly DateTimeOffset PlusTwo = new(2026, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(2));

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var run = RichRun();

        var back = MongoRunDocument.ToRun(MongoRunDocument.ToBson(run));

        Assert.Equal(Json(run), Json(back));
        Assert.Equal(PlusTwo, back.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), back.Timestamp.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), back.Results[0].Timestamp.Offset);
    }

    [Fact]
    public void Round_trip_keeps_unicode_prompt()
    {
        var run = RunFactory.Run("u1", PlusTwo, prompt: "Grüße, 日本語 und 👋 \"quoted\" \\ back\nslash");

        var back = MongoRunDocument.ToRun(MongoRunDocument.ToBson(run));

        Assert.Equal(run.Prompt, back.Prompt);
    }

    [Fact]
    public void Round_trip_keeps_null_metrics_and_empty_lists()
    {
        var run = RunFactory.Run("n1", PlusTwo) with
        {
            SystemInfo = new SystemInfo { Gpu = [], GpuStatus = "not available: no driver" },
            Results = [new ModelResult { Model = "m", Backend = "ollama", Success = false, Error = "boom", ErrorKind = "http" }],
        };

        var back = MongoRunDocument.ToRun(MongoRunDocument.ToBson(run));

        Assert.Equal(Json(run), Json(back));
        Assert.Empty(back.SystemInfo!.Gpu);
        Assert.Null(back.Results[0].Timing.TimeToFirstToken);
        Assert.Null(back.Results[0].Throughput.TokensPerSecond);
        Assert.Null(back.Results[0].SystemImpact);
        Assert.Null(back.Results[0].Downsampled);
    }

    [Fact]
    public void Round_trip_keeps_legacy_run()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns", "benchmark_20241225_122858.json");
        var legacy = RunDocumentReader.Read(File.ReadAllBytes(path), Path.GetFileName(path));

        var back = MongoRunDocument.ToRun(MongoRunDocument.ToBson(legacy));

        Assert.Equal(Json(legacy), Json(back));
        Assert.Equal("benchmark_20241225_122858", back.Id);
    }

    [Fact]
    public void Summary_holds_utc_date_and_keys()
    {
        var document = MongoRunDocument.ToBson(RunFactory.Run("s1", PlusTwo, model: "Llama3"));

        var summary = document[MongoRunDocument.SummaryElement].AsBsonDocument;

        Assert.Equal("s1", document["_id"].AsString);
        Assert.Equal(BsonType.String, document["timestamp"].BsonType);
        Assert.Equal(PlusTwo.UtcDateTime, summary["timestamp_utc"].ToUniversalTime());
        Assert.Equal(["llama3:latest"], summary["normalized_models"].AsBsonArray.Select(value => value.AsString));
        Assert.True(summary["success"].AsBoolean);
    }

    [Fact]
    public void Small_run_is_not_downsampled()
    {
        var run = RichRun();

        var document = MongoRunDocument.ToBson(run);
        var back = MongoRunDocument.ToRun(document);

        Assert.True(document.ToBson().Length < MongoRunDocument.MaxDocumentBytes);
        Assert.Equal(run.Results[0].ChunkOffsets, back.Results[0].ChunkOffsets);
        Assert.Null(back.Results[0].Downsampled);
        Assert.Equal(BsonNull.Value, document["results"][0]["downsampled"]);
    }

    [Fact]
    public void Huge_chunk_list_is_downsampled_under_limit()
    {
        const int count = 2_000_000;
        var offsets = Enumerable.Range(0, count).Select(i => i * 0.001 + 0.25).ToArray();
        var run = RunFactory.Run("big", PlusTwo) with
        {
            Results = [RunFactory.Run("big", PlusTwo).Results[0] with { ChunkOffsets = offsets }],
        };

        var document = MongoRunDocument.ToBson(run);
        var back = MongoRunDocument.ToRun(document);
        var kept = back.Results[0].ChunkOffsets;

        Assert.True(document.ToBson().Length <= MongoRunDocument.MaxDocumentBytes, $"document is {document.ToBson().Length} bytes");
        Assert.InRange(kept.Count, 2, count - 1);
        Assert.Equal(offsets[0], kept[0]);
        Assert.Equal(offsets[^1], kept[^1]);
        Assert.Equal(kept.Order(), kept);
        Assert.Equal(count, back.Results[0].Downsampled!.ChunkOffsetsOriginalCount);
        Assert.Null(back.Results[0].Downsampled!.SamplesOriginalCount);
        Assert.Equal(run.Results[0].Timing.TimeToFirstToken, back.Results[0].Timing.TimeToFirstToken);
    }

    [Fact]
    public void Huge_sample_series_is_downsampled_under_limit()
    {
        const int count = 120_000;
        var samples = Enumerable.Range(0, count)
            .Select(i => new SystemSample { Offset = i * 0.05, CpuPercent = i % 100, CpuPerCore = [1, 2, 3, 4, 5, 6, 7, 8], MemoryUsedGb = 7.5 })
            .ToArray();
        var result = RunFactory.Run("samples", PlusTwo).Results[0] with { SystemImpact = new SystemImpact { Samples = samples } };
        var run = RunFactory.Run("samples", PlusTwo) with { Results = [result, result with { Model = "other" }] };

        var document = MongoRunDocument.ToBson(run);
        var back = MongoRunDocument.ToRun(document);

        Assert.True(document.ToBson().Length <= MongoRunDocument.MaxDocumentBytes, $"document is {document.ToBson().Length} bytes");
        Assert.All(back.Results, stored =>
        {
            Assert.Equal(count, stored.Downsampled!.SamplesOriginalCount);
            Assert.Null(stored.Downsampled.ChunkOffsetsOriginalCount);
            Assert.Equal(0, stored.SystemImpact!.Samples[0].Offset);
            Assert.Equal(samples[^1].Offset, stored.SystemImpact.Samples[^1].Offset);
            Assert.Equal([0.5, 0.6, 0.7], stored.ChunkOffsets);
        });
    }

    private static string Json(BenchmarkRun run) => JsonSerializer.Serialize(run, BenchmarkerJson.Options);

    private static BenchmarkRun RichRun() => new()
    {
        Id = "rich-1",
        Timestamp = PlusTwo,
        Prompt = "Explain BSON.",
        Parameters = new GenerationParameters { Temperature = 0.7, TopK = 40, Seed = 42, Stop = ["\n\n"], Think = false },
        Mode = RunMode.Sequential,
        SystemInfo = new SystemInfo
        {
            Platform = "Linux",
            Cpu = new CpuInfo { PhysicalCores = 4, TotalCores = 8, MaxFrequency = 3600.5 },
            Memory = new MemoryInfo { Total = 31.2, Used = 12.25 },
            Gpu = [new GpuInfo { Index = 0, Name = "GPU Ü", MemoryTotalMb = 8192 }],
        },
        BackendVersions = new Dictionary<string, string?> { ["ollama"] = "0.33.0", ["embedded"] = null },
        SamplerIntervalSeconds = 0.25,
        BenchmarkerVersion = "1.2.3",
        Cancelled = true,
        Results =
        [
            new ModelResult
            {
                Model = "qwen3:8b",
                Backend = "ollama",
                Success = true,
                Flags = ["suspect_timing"],
                Timestamp = new DateTimeOffset(2026, 3, 1, 2, 30, 16, TimeSpan.FromHours(-5)),
                Response = "BSON is binary JSON.",
                Thinking = "Short answer.",
                Timing = new TimingMetrics { QueueTime = 0.001, TimeToFirstToken = 0.123456789, TotalTime = 2.5 },
                Throughput = new ThroughputMetrics { TotalChunks = 3, TotalBytes = 20, TokensPerSecond = 41.75 },
                Tokens = new TokenCounts { PromptTokens = 12, CompletionTokens = 7 },
                DoneReason = "stop",
                ChunkOffsets = [0.123456789, 0.2, 1e-7],
                RejectedAttempts = 1,
                SystemImpact = new SystemImpact
                {
                    CpuPercent = new MeanPeak(20.5, 99),
                    CpuPerCore = [1, 2.5],
                    Gpu = [],
                    Samples = [new SystemSample { Offset = 0, CpuPercent = 10, Processes = [new ProcessSample("ollama", 150, 2048)] }],
                },
            },
        ],
    };
}

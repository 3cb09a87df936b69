using Benchmarker.Domain.Benchmarks;
using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>The scripted Ollama models the browser tests use, and stored runs with known numbers.</summary>
internal static class ScriptedModels
{
    /// <summary>Streams slowly, so the answer text grows on screen before the run ends.</summary>
    public const string Streaming = "slow-stream:latest";

    /// <summary>Streams markup that would run if a page parsed it as HTML.</summary>
    public const string Hostile = "hostile:latest";

    public const string HostileAnswer = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    public const string CompareA = "compare-a:latest";

    public const string CompareB = "compare-b:latest";

    /// <summary>Plays every Ask Nova agent with readable text, so the page's screenshot shows a sensible conversation.</summary>
    public const string Nova = "nova-panel:latest";

    public static void Install(ScriptedOllamaServer ollama)
    {
        ollama.AddModel(Streaming, model => model.ChunkDelay = TimeSpan.FromMilliseconds(120))
            .WithChunks("The ", "sky ", "is ", "blue ", "because ", "air ", "scatters ", "short ", "waves ", "more.");
        ollama.AddModel(Hostile).WithChunks("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">");
        ollama.AddModel(CompareA, model => model.ParameterSize = "1B").WithChunks("a");
        ollama.AddModel(CompareB, model => model.ParameterSize = "8B").WithChunks("b");
        ollama.AddModel(Nova).WithChunks("Cache by a hash of model, prompt and options. ", "NO FURTHER IMPROVEMENTS\n", "EXPERTS: Cache Designer; Operator");
    }

    public static BenchmarkRun Run(string prompt, DateTimeOffset timestamp, params ModelResult[] results) => new()
    {
        Id = Guid.CreateVersion7(timestamp).ToString("N"),
        Timestamp = timestamp,
        Prompt = prompt,
        Results = results,
    };

    public static ModelResult Result(string model, double ttft, double rate, bool success = true) => new()
    {
        Model = model,
        Backend = "ollama",
        Success = success,
        Error = success ? null : "The server failed while answering.",
        Response = "stored answer",
        Timing = new TimingMetrics { TimeToFirstToken = ttft, TotalTime = ttft + 1 },
        Throughput = new ThroughputMetrics { TokensPerSecond = rate, TotalChunks = 10 },
        ChunkOffsets = [ttft, ttft + 0.1, ttft + 0.25, ttft + 0.3],
    };
}

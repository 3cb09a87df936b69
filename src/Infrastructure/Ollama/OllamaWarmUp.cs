using System.Text.Json;
using Benchmarker.Infrastructure.Ollama.Api;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Runs the code of a generation's request and stream paths once, so their JIT cost is not timed.</summary>
internal static class OllamaWarmUp
{
    private static readonly byte[] SampleLine =
        """
        {"model":"warm-up","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":"x","thinking":"y"},
         "done":true,"done_reason":"stop","total_duration":1,"load_duration":1,
         "prompt_eval_count":1,"prompt_eval_duration":1,"eval_count":1,"eval_duration":1}
        """u8.ToArray();

    public static void ExercisePaths()
    {
        var options = new OllamaRequestOptions { Temperature = 0, Seed = 1, NumPredict = 1 };
        var chat = new OllamaChatRequest("warm-up", [new OllamaMessage("user", "x")]) { Options = options, KeepAlive = "5m", Think = false };
        var generate = new OllamaGenerateRequest("warm-up", "x") { Options = options, KeepAlive = "300" };

        JsonSerializer.SerializeToUtf8Bytes(chat, OllamaJsonContext.Default.OllamaChatRequest);
        JsonSerializer.SerializeToUtf8Bytes(generate, OllamaJsonContext.Default.OllamaGenerateRequest);

        OllamaLineParser.TryParse(SampleLine, out _, out _);
    }
}

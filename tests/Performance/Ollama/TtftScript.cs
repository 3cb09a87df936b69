using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.Performance.Ollama;

/// <summary>The model the time-to-first-token harness asks for, and how its requests are reported.</summary>
internal static class TtftScript
{
    public const string Model = "ttft:latest";

    public static readonly TimeSpan FirstTokenDelay = TimeSpan.FromMilliseconds(50);

    public static void Install(ScriptedOllamaServer server) =>
        server.AddModel(Model, model => model.FirstByteDelay = FirstTokenDelay).WithChunks("Blue", " light", " scatters");

    public static IReadOnlyList<TtftServerRecord> Records(ScriptedOllamaServer server) =>
        [.. server.RequestsTo("/api/chat")
            .Where(request => request.FirstWriteTimestamp is not null)
            .Select(request => new TtftServerRecord(request.Body, request.ReceivedTimestamp, request.FirstWriteTimestamp!.Value))];
}

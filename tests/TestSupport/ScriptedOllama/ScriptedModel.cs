using System.Collections.Concurrent;

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>
/// One model of a <see cref="ScriptedOllamaServer"/>: what the metadata endpoints report about it
/// and how the server responds to a chat or generate request for it. Change it between requests
/// only, because the server reads it while it responds.
/// </summary>
public sealed class ScriptedModel(string name)
{
    public string Name { get; } = name;

    public string Family { get; set; } = "llama";

    /// <summary>GGUF architecture; /api/show reports the context length under "{Architecture}.context_length".</summary>
    public string Architecture { get; set; } = "llama";

    public string ParameterSize { get; set; } = "3.2B";

    public long ParameterCount { get; set; } = 3_212_749_888;

    public string QuantizationLevel { get; set; } = "Q4_K_M";

    public int ContextLength { get; set; } = 131_072;

    public long SizeBytes { get; set; } = 2_019_393_189;

    public string Digest { get; set; } = "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72";

    public DateTimeOffset ModifiedAt { get; set; } = new(2026, 5, 4, 17, 37, 44, TimeSpan.FromHours(-7));

    public IList<string> Capabilities { get; } = ["completion"];

    /// <summary>When set, /api/tags lists the model as a cloud model proxied to this host.</summary>
    public string? RemoteHost { get; set; }

    /// <summary>Whether /api/ps lists the model as loaded.</summary>
    public bool IsLoaded { get; set; }

    public long LoadedSizeBytes { get; set; } = 5_137_025_024;

    public long LoadedSizeVramBytes { get; set; }

    public int LoadedContextLength { get; set; } = 4096;

    /// <summary>The lines streamed before the ending, in order. A chunk of 100,000 characters makes a line over 64 KiB.</summary>
    public IList<ScriptedChunk> Chunks { get; } = [];

    /// <summary>Wait before anything, headers included, is sent: Ollama is silent while it loads a model.</summary>
    public TimeSpan FirstByteDelay { get; set; }

    /// <summary>Wait between two writes of the stream.</summary>
    public TimeSpan ChunkDelay { get; set; }

    /// <summary>Statistics of the final line; null derives consistent ones from <see cref="Chunks"/>.</summary>
    public ScriptedStats? Stats { get; set; }

    public ScriptedEnding Ending { get; set; } = ScriptedEnding.Done;

    /// <summary>
    /// When set, the server writes the ending only after this task completes, so a test can let the
    /// client read every chunk first (an aborted connection otherwise can discard unread data).
    /// </summary>
    public Task? HoldEndingUntil { get; set; }

    public string MidStreamError { get; set; } = "an error was encountered while running the model";

    public ScriptedWriteMode WriteMode { get; set; } = ScriptedWriteMode.LinePerWrite;

    /// <summary>Leaves the newline off the last line of the body.</summary>
    public bool FinalLineWithoutNewline { get; set; }

    /// <summary>Never responds to generation requests: no headers, no body, until the client gives up.</summary>
    public bool HangBeforeResponse { get; set; }

    /// <summary>Failures returned to the next generation requests, one per request, before streaming resumes.</summary>
    public ConcurrentQueue<ScriptedFailure> PreStreamFailures { get; } = new();

    /// <summary>Adds content chunks, one line per text.</summary>
    public ScriptedModel WithChunks(params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);

        foreach (var text in texts)
        {
            Chunks.Add(new ScriptedChunk(text));
        }

        return this;
    }

    /// <summary>Answers the next <paramref name="count"/> generation requests with the same failure.</summary>
    public ScriptedModel FailNext(int statusCode, string error, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            PreStreamFailures.Enqueue(new ScriptedFailure(statusCode, error));
        }

        return this;
    }

    /// <summary>Statistics consistent with the chunks: one token per chunk and 10 ms per token.</summary>
    internal ScriptedStats EffectiveStats()
    {
        if (Stats is not null)
        {
            return Stats;
        }

        const long Millisecond = 1_000_000;
        var tokens = Chunks.Count;
        return new ScriptedStats
        {
            LoadDurationNs = 2 * Millisecond,
            PromptEvalCount = 12,
            PromptEvalDurationNs = 24 * Millisecond,
            EvalCount = tokens,
            EvalDurationNs = tokens * 10 * Millisecond,
            TotalDurationNs = (26 + (tokens * 10)) * Millisecond,
        };
    }
}

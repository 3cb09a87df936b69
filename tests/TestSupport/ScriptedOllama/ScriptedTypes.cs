namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>Which field of a stream line a scripted chunk's text goes to.</summary>
public enum ScriptedChannel
{
    /// <summary><c>message.content</c> (chat) or <c>response</c> (generate).</summary>
    Content,

    /// <summary><c>message.thinking</c> (chat) or <c>thinking</c> (generate).</summary>
    Thinking,
}

/// <summary>One streamed line carrying <paramref name="Text"/> on <paramref name="Channel"/>.</summary>
public sealed record ScriptedChunk(string Text, ScriptedChannel Channel = ScriptedChannel.Content);

/// <summary>What the server writes after the scripted chunks.</summary>
public enum ScriptedEnding
{
    /// <summary>A <c>done:true</c> line with the final statistics.</summary>
    Done,

    /// <summary>A line <c>{"error":…}</c> with <see cref="ScriptedModel.MidStreamError"/>, as Ollama does on a runner failure (HTTP status stays 200).</summary>
    ErrorLine,

    /// <summary>The body simply ends without a final line.</summary>
    EndWithoutDone,

    /// <summary>A line cut off in the middle of its JSON, then the body ends.</summary>
    MalformedLine,

    /// <summary>Nothing more is written and the response stays open until the client gives up.</summary>
    Hang,

    /// <summary>The connection is aborted after the chunks, as when the server process dies mid-stream.</summary>
    AbortConnection,
}

/// <summary>How the lines are cut into writes; each write is flushed to the socket.</summary>
public enum ScriptedWriteMode
{
    /// <summary>One write per line, with <see cref="ScriptedModel.ChunkDelay"/> between lines.</summary>
    LinePerWrite,

    /// <summary>The whole body in a single write, so one client read can see several lines.</summary>
    AllLinesInOneWrite,

    /// <summary>
    /// Each line in two writes with a flush between. The cut falls inside the line's first multi-byte
    /// UTF-8 character, or in the middle of a line that has none.
    /// </summary>
    SplitLines,
}

/// <summary>A response sent instead of a stream: an HTTP status with Ollama's <c>{"error":…}</c> body.</summary>
public sealed record ScriptedFailure(int StatusCode, string Error);

/// <summary>
/// Statistics of the final line, in Ollama's units (nanoseconds, token counts). A null field is left
/// out of the line, as Ollama leaves out zero values.
/// </summary>
public sealed record ScriptedStats
{
    public long? TotalDurationNs { get; init; }

    public long? LoadDurationNs { get; init; }

    public int? PromptEvalCount { get; init; }

    public int? PromptEvalCachedCount { get; init; }

    public long? PromptEvalDurationNs { get; init; }

    public int? EvalCount { get; init; }

    public long? EvalDurationNs { get; init; }

    public string? DoneReason { get; init; } = "stop";
}

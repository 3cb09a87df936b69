namespace Benchmarker.Infrastructure.Ollama.Streaming;

/// <summary>
/// The fields of one NDJSON line of a chat or generate stream that the benchmarker uses. A field
/// the line did not carry is null; durations are already in seconds.
/// </summary>
internal struct OllamaStreamLine
{
    /// <summary>Answer text: <c>response</c> (generate) or <c>message.content</c> (chat).</summary>
    public string? Content;

    /// <summary>Reasoning text: <c>thinking</c> or <c>message.thinking</c>.</summary>
    public string? Thinking;

    /// <summary>The raw JSON array of <c>message.tool_calls</c> or <c>tool_calls</c>.</summary>
    public string? ToolCalls;

    public bool Done;

    public string? DoneReason;

    public double? TotalDuration;

    public double? LoadDuration;

    public double? PromptEvalDuration;

    public double? EvalDuration;

    public int? PromptEvalCount;

    public int? PromptEvalCachedCount;

    public int? EvalCount;

    /// <summary>The <c>error</c> field; its presence ends the stream as failed.</summary>
    public string? Error;
}

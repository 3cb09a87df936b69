using System.Text;
using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Ollama.Streaming;

/// <summary>How the lines of a stream ended, as far as the lines themselves tell.</summary>
internal enum StreamLineEnd
{
    /// <summary>No final, error or malformed line yet.</summary>
    None,

    /// <summary>A <c>done:true</c> line arrived.</summary>
    Done,

    /// <summary>A line carried an <c>error</c> field.</summary>
    ErrorLine,

    /// <summary>A line was not valid JSON of the expected shape.</summary>
    Malformed,
}

/// <summary>
/// Collects one generation's stream: every chunk with text goes to the list and to the observer at
/// once, and the final line's statistics are kept. Keeps what arrived so far, so a timeout or a
/// cancellation can still report the partial text.
/// </summary>
internal sealed class OllamaStreamState(IGenerationObserver observer, Action? onRead = null) : INdjsonLineHandler
{
    private const int ExcerptBytes = 200;

    private readonly List<GenerationChunk> chunks = [];

    public IReadOnlyList<GenerationChunk> Chunks => chunks;

    /// <summary>Timestamp of the first read that returned body bytes.</summary>
    public long? FirstByteTimestamp { get; private set; }

    public StreamLineEnd End { get; private set; }

    /// <summary>Timestamp of the line that ended the stream.</summary>
    public long? EndTimestamp { get; private set; }

    public GenerationStats? Stats { get; private set; }

    /// <summary>The server's error text, or why a line was malformed with an excerpt of it.</summary>
    public string? Error { get; private set; }

    public void OnRead(long timestamp)
    {
        FirstByteTimestamp ??= timestamp;
        onRead?.Invoke();
    }

    public bool OnLine(ReadOnlySpan<byte> line, long timestamp)
    {
        if (!OllamaLineParser.TryParse(line, out var parsed, out var problem))
        {
            return Stop(StreamLineEnd.Malformed, timestamp, $"{problem}; line: {Excerpt(line)}");
        }

        if (parsed.Error is not null)
        {
            return Stop(StreamLineEnd.ErrorLine, timestamp, parsed.Error);
        }

        // Within one line, reasoning precedes the visible content, and a tool call follows both.
        Add(parsed.Thinking, ChunkChannel.Thinking, timestamp);
        Add(parsed.Content, ChunkChannel.Content, timestamp);
        Add(parsed.ToolCalls, ChunkChannel.ToolCall, timestamp);

        if (!parsed.Done)
        {
            return true;
        }

        Stats = ToStats(in parsed);
        return Stop(StreamLineEnd.Done, timestamp, error: null);
    }

    private void Add(string? text, ChunkChannel channel, long timestamp)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var chunk = new GenerationChunk(text, channel, timestamp);
        chunks.Add(chunk);
        observer.OnChunk(chunk);
    }

    private bool Stop(StreamLineEnd end, long timestamp, string? error)
    {
        End = end;
        EndTimestamp = timestamp;
        Error = error;
        return false;
    }

    private static GenerationStats ToStats(in OllamaStreamLine line) => new()
    {
        LoadDuration = line.LoadDuration,
        PromptEvalDuration = line.PromptEvalDuration,
        EvalDuration = line.EvalDuration,
        TotalDuration = line.TotalDuration,
        PromptEvalCount = line.PromptEvalCount,
        PromptEvalCachedCount = line.PromptEvalCachedCount,
        EvalCount = line.EvalCount,
        DoneReason = string.IsNullOrEmpty(line.DoneReason) ? null : line.DoneReason,
    };

    private static string Excerpt(ReadOnlySpan<byte> line) =>
        line.Length <= ExcerptBytes
            ? Encoding.UTF8.GetString(line)
            : Encoding.UTF8.GetString(line[..ExcerptBytes]) + "…";
}

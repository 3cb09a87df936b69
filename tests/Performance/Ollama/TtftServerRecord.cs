namespace Benchmarker.Performance.Ollama;

/// <summary>
/// One /api/chat request as the scripted server received it: its body, the handler start and the
/// first write, as <see cref="System.Diagnostics.Stopwatch"/> timestamps of the server's process.
/// </summary>
internal sealed record TtftServerRecord(string Body, long ReceivedTimestamp, long FirstWriteTimestamp);

/// <summary>The scripted server a harness run measures against, in this process or in a child process.</summary>
internal interface ITtftServer : IAsyncDisposable
{
    string BaseUrl { get; }

    /// <summary>Every /api/chat request the server has finished writing the first chunk of.</summary>
    Task<IReadOnlyList<TtftServerRecord>> ChatRecordsAsync(CancellationToken cancellationToken);
}

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>
/// A request the scripted server received. Timestamps are <see cref="System.Diagnostics.Stopwatch"/>
/// timestamps of this process, so a test or harness in the same process can compare them with the
/// client's own clock.
/// </summary>
public sealed class RecordedRequest(string method, string path, string body, string? model, long receivedTimestamp)
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>The request body as UTF-8 text; empty for GET.</summary>
    public string Body { get; } = body;

    /// <summary>The <c>model</c> field of the body, when it had one.</summary>
    public string? Model { get; } = model;

    /// <summary>When the handler started, after Kestrel had read the request.</summary>
    public long ReceivedTimestamp { get; } = receivedTimestamp;

    /// <summary>Taken just before the first body bytes of a stream were written; null when none were.</summary>
    public long? FirstWriteTimestamp { get; internal set; }
}

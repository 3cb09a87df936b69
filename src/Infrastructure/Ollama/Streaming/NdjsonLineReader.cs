using System.Buffers;
using System.Diagnostics;

namespace Benchmarker.Infrastructure.Ollama.Streaming;

/// <summary>Receives the reads and lines of an NDJSON body from <see cref="NdjsonLineReader"/>.</summary>
internal interface INdjsonLineHandler
{
    /// <summary>Called after every read that returned bytes, with the read's timestamp, before its lines.</summary>
    void OnRead(long timestamp);

    /// <summary>Handles one non-blank line without its newline; returns false to stop reading.</summary>
    bool OnLine(ReadOnlySpan<byte> line, long timestamp);
}

/// <summary>How <see cref="NdjsonLineReader.ReadAsync"/> ended.</summary>
internal enum NdjsonReadEnd
{
    /// <summary>The handler asked to stop (a final, error or malformed line).</summary>
    Stopped,

    /// <summary>The body ended; a last line without a newline was handed over first.</summary>
    EndOfStream,

    /// <summary>A line grew past <see cref="NdjsonLineReader.MaxLineBytes"/>.</summary>
    LineTooLong,
}

/// <summary>
/// Splits a streamed NDJSON body into lines as the bytes arrive, with one pooled buffer that grows
/// for long lines. Splitting on the byte 0x0A is safe for UTF-8 because that byte never occurs inside
/// a multi-byte sequence, so a character split across reads is only decoded once its line is whole.
/// Each line gets the timestamp of the read that completed it; lines of one read share that timestamp.
/// </summary>
internal sealed class NdjsonLineReader(Func<long>? clock = null)
{
    /// <summary>Upper bound on one line, so a body without newlines cannot take all memory.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    private const int InitialBufferBytes = 16 * 1024;

    private readonly Func<long> clock = clock ?? Stopwatch.GetTimestamp;

    public async Task<NdjsonReadEnd> ReadAsync(Stream stream, INdjsonLineHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(handler);

        var window = new LineWindow(ArrayPool<byte>.Shared.Rent(InitialBufferBytes));
        try
        {
            while (true)
            {
                if (!window.MakeRoom())
                {
                    return NdjsonReadEnd.LineTooLong;
                }

                var read = await stream.ReadAsync(window.FreeSpace, cancellationToken);
                if (read == 0)
                {
                    return window.FlushLastLine(handler) ? NdjsonReadEnd.EndOfStream : NdjsonReadEnd.Stopped;
                }

                var timestamp = clock();
                handler.OnRead(timestamp);

                if (!window.DispatchLines(read, handler, timestamp))
                {
                    return NdjsonReadEnd.Stopped;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(window.Buffer);
        }
    }
}

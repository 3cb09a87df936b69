using System.Buffers;

namespace Benchmarker.Infrastructure.Ollama.Streaming;

/// <summary>
/// The bytes read but not yet handed over as lines: <c>Buffer[start..end]</c>, of which
/// <c>Buffer[start..scanned]</c> is known to contain no newline.
/// </summary>
internal struct LineWindow(byte[] buffer)
{
    private int start;
    private int scanned;
    private int end;
    private long lastTimestamp;

    public byte[] Buffer { get; private set; } = buffer;

    public readonly Memory<byte> FreeSpace => Buffer.AsMemory(end);

    /// <summary>Ensures free space after the data: moves a partial line to the front, or grows the buffer.</summary>
    public bool MakeRoom()
    {
        if (end < Buffer.Length)
        {
            return true;
        }

        if (start > 0)
        {
            Buffer.AsSpan(start, end - start).CopyTo(Buffer);
            end -= start;
            scanned -= start;
            start = 0;
            return true;
        }

        if (Buffer.Length >= NdjsonLineReader.MaxLineBytes)
        {
            return false;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(Buffer.Length * 2, NdjsonLineReader.MaxLineBytes));
        Buffer.AsSpan(0, end).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(Buffer);
        Buffer = larger;
        return true;
    }

    /// <summary>Hands every complete line of the new bytes to the handler; false when it asked to stop.</summary>
    public bool DispatchLines(int read, INdjsonLineHandler handler, long timestamp)
    {
        end += read;
        lastTimestamp = timestamp;

        while (true)
        {
            var newline = Buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline < 0)
            {
                scanned = end;
                break;
            }

            var lineEnd = scanned + newline;
            var line = Buffer.AsSpan(start, lineEnd - start);
            start = scanned = lineEnd + 1;

            if (!Hand(line, handler, timestamp))
            {
                return false;
            }
        }

        if (start == end)
        {
            start = scanned = end = 0;
        }

        return true;
    }

    /// <summary>Hands over a last line that had no newline, with the timestamp of the read that brought its last bytes.</summary>
    public readonly bool FlushLastLine(INdjsonLineHandler handler) =>
        end == start || Hand(Buffer.AsSpan(start, end - start), handler, lastTimestamp);

    private static bool Hand(ReadOnlySpan<byte> line, INdjsonLineHandler handler, long timestamp)
    {
        var isBlank = line.IndexOfAnyExcept(" \t\r"u8) < 0;
        return isBlank || handler.OnLine(line, timestamp);
    }
}

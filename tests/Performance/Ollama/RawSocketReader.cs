using System.Net.Sockets;

namespace Benchmarker.Performance.Ollama;

/// <summary>Buffered blocking reads from a socket for <see cref="RawHttpRequest"/>.</summary>
internal sealed class RawSocketReader(Socket socket)
{
    private readonly byte[] buffer = new byte[64 * 1024];

    private int start;

    private int end;

    /// <summary>Bytes up to the delimiter, which is consumed and left out; null when the peer closed first.</summary>
    public byte[]? ReadUntil(ReadOnlySpan<byte> delimiter)
    {
        while (true)
        {
            var found = buffer.AsSpan(start, end - start).IndexOf(delimiter);
            if (found >= 0)
            {
                var result = buffer.AsSpan(start, found).ToArray();
                start += found + delimiter.Length;
                return result;
            }

            if (!Fill())
            {
                return null;
            }
        }
    }

    public byte[] ReadExactly(int count)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (start == end && !Fill())
            {
                throw new IOException("The connection closed inside a request body.");
            }

            var take = Math.Min(count - copied, end - start);
            buffer.AsSpan(start, take).CopyTo(result.AsSpan(copied));
            start += take;
            copied += take;
        }

        return result;
    }

    private bool Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            throw new IOException("A request head is larger than the 64 KiB the harness server reads.");
        }

        var read = socket.Receive(buffer, end, buffer.Length - end, SocketFlags.None);
        end += read;
        return read > 0;
    }
}

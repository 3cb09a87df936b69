using System.Net.Sockets;
using System.Text;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// One HTTP/1.1 request read from a blocking socket: the request line, the headers and a body sent
/// with Content-Length or chunked (HttpClient sends JSON content of unknown length chunked).
/// Just enough HTTP for <see cref="RawSocketTtftServer"/>, which only the harness's own client calls.
/// </summary>
internal sealed record RawHttpRequest(string Method, string Path, string Body, long ReceivedTimestamp)
{
    /// <summary>Reads the next request, or returns null when the client closed the connection.</summary>
    public static RawHttpRequest? Read(Socket socket, RawSocketReader reader)
    {
        var head = reader.ReadUntil("\r\n\r\n"u8);
        if (head is null)
        {
            return null;
        }

        // The clock starts when the whole head has arrived, as a server's handler would start.
        var received = System.Diagnostics.Stopwatch.GetTimestamp();
        var lines = Encoding.ASCII.GetString(head).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);

        var body = headers.TryGetValue("Content-Length", out var length)
            ? reader.ReadExactly(int.Parse(length, System.Globalization.CultureInfo.InvariantCulture))
            : headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
                ? ReadChunked(reader)
                : [];

        return new RawHttpRequest(requestLine[0], requestLine[1], Encoding.UTF8.GetString(body), received);
    }

    private static byte[] ReadChunked(RawSocketReader reader)
    {
        var body = new List<byte>();
        while (true)
        {
            var sizeLine = Encoding.ASCII.GetString(reader.ReadUntil("\r\n"u8) ?? throw new IOException("The connection closed inside a chunked body."));
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                reader.ReadUntil("\r\n"u8);
                return [.. body];
            }

            body.AddRange(reader.ReadExactly(size));
            reader.ReadExactly(2);
        }
    }
}

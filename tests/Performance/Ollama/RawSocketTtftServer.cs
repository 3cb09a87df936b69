using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// The time-to-first-token server on blocking sockets, one dedicated thread per connection,
/// serving only what the harness requests: GET /api/version and a streaming POST /api/chat. The
/// Kestrel-based scripted server takes its first-write timestamp before Kestrel's output loop sends
/// the bytes from another thread, so part of what it reports as client error is the server's own
/// scheduling. Here the timestamp is taken right before the send call that carries the first chunk.
/// The delay is a plain sleep: its lateness is the server's and is measured as such, while spinning
/// to keep it exact would take the two cores from 32 concurrent clients.
/// </summary>
internal sealed class RawSocketTtftServer : ITtftServer
{
    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    private readonly ConcurrentQueue<TtftServerRecord> records = new();

    private readonly ConcurrentBag<Socket> connections = [];

    private RawSocketTtftServer()
    {
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndPoint!).Port}";
        new Thread(AcceptLoop) { IsBackground = true, Name = "ttft-accept" }.Start();
    }

    public string BaseUrl { get; }

    public static Task<RawSocketTtftServer> StartAsync() => Task.FromResult(new RawSocketTtftServer());

    public Task<IReadOnlyList<TtftServerRecord>> ChatRecordsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TtftServerRecord>>([.. records]);

    public ValueTask DisposeAsync()
    {
        listener.Dispose();
        foreach (var connection in connections)
        {
            connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private void AcceptLoop()
    {
        while (true)
        {
            Socket connection;
            try
            {
                connection = listener.Accept();
            }
            catch (Exception error) when (error is SocketException or ObjectDisposedException)
            {
                return;
            }

            connection.NoDelay = true;
            connections.Add(connection);
            new Thread(() => Serve(connection)) { IsBackground = true, Name = "ttft-connection" }.Start();
        }
    }

    private void Serve(Socket connection)
    {
        var reader = new RawSocketReader(connection);
        try
        {
            while (RawHttpRequest.Read(connection, reader) is { } request)
            {
                if (request.Method == "POST" && request.Path == "/api/chat")
                {
                    StreamChat(connection, request);
                }
                else if (request.Path == "/api/version")
                {
                    SendWhole(connection, """{"version":"0.0.0-raw-harness"}""");
                }
                else
                {
                    connection.Send(Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                }
            }
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException or IOException)
        {
            // The harness closed the connection or the server is being disposed.
        }
    }

    private void StreamChat(Socket connection, RawHttpRequest request)
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
        var first = Encoding.UTF8.GetBytes(head + Frame(ChatLine("Blue")));
        var rest = Encoding.UTF8.GetBytes(Frame(ChatLine(" light")) + Frame(ChatLine(" scatters")) + Frame(DoneLine()) + "0\r\n\r\n");

        WaitUntil(request.ReceivedTimestamp + (long)(TtftScript.FirstTokenDelay.TotalSeconds * Stopwatch.Frequency));
        var firstWrite = Stopwatch.GetTimestamp();
        connection.Send(first);

        // Recorded before the end of the stream is sent, so the record exists once the client has the whole response.
        records.Enqueue(new TtftServerRecord(request.Body, request.ReceivedTimestamp, firstWrite));
        connection.Send(rest);
    }

    private static void WaitUntil(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining > TimeSpan.Zero)
        {
            Thread.Sleep(remaining);
        }
    }

    private static void SendWhole(Socket connection, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        connection.Send(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n")));
        connection.Send(body);
    }

    private static string Frame(string line) =>
        string.Create(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetByteCount(line) + 1:x}\r\n{line}\n\r\n");

    private static string ChatLine(string text) =>
        $$"""{"model":"{{TtftScript.Model}}","created_at":"2026-08-21T10:00:00.123456789Z","message":{"role":"assistant","content":"{{text}}"},"done":false}""";

    private static string DoneLine() =>
        $$"""{"model":"{{TtftScript.Model}}","created_at":"2026-08-21T10:00:00.123456789Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":56000000,"load_duration":2000000,"prompt_eval_count":12,"prompt_eval_duration":24000000,"eval_count":3,"eval_duration":30000000}""";
}

using System.Diagnostics;
using System.Text;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// Measures how many typical chat chunk lines per second one thread parses: the line parser alone,
/// and the whole stream path (line splitting, parsing, chunk list) over an in-memory NDJSON body.
/// </summary>
internal static class StreamParseThroughput
{
    private const int LinesPerBody = 200_000;
    private const int Rounds = 7;

    public static int Run()
    {
        var line = Encoding.UTF8.GetBytes("""{"model":"llama3.2","created_at":"2026-08-21T10:00:00.123456789Z","message":{"role":"assistant","content":" the"},"done":false}""");
        var body = BuildBody(line);
        Console.WriteLine($"Chunk line: {line.Length} bytes; body: {LinesPerBody} lines, {body.Length / 1024} KiB; {Rounds} rounds, best and median shown");

        Report("parser only (OllamaLineParser.TryParse)", () => ParseOnly(line));
        Report("stream path (16 KiB reads, many lines per read)", () => StreamPath(body, readSize: int.MaxValue));
        Report("stream path (one line per read)", () => StreamPath(body, readSize: line.Length + 1));
        return 0;
    }

    private static void Report(string name, Func<int> run)
    {
        run();
        var rates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            var chunks = run();
            rates.Add(chunks / Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        rates.Sort();
        Console.WriteLine($"{name}: best {rates[^1]:N0} chunks/s, median {rates[Rounds / 2]:N0} chunks/s");
    }

    private static int ParseOnly(byte[] line)
    {
        var count = 0;
        for (var i = 0; i < LinesPerBody; i++)
        {
            if (OllamaLineParser.TryParse(line, out var parsed, out _) && parsed.Content is not null)
            {
                count++;
            }
        }

        return count;
    }

    private static int StreamPath(byte[] body, int readSize)
    {
        var state = new OllamaStreamState(NullGenerationObserver.Instance);
        using var stream = new LimitedReadStream(body, readSize);
        new NdjsonLineReader().ReadAsync(stream, state, CancellationToken.None).GetAwaiter().GetResult();

        if (state.End != StreamLineEnd.Done)
        {
            throw new InvalidOperationException($"The body did not parse to its end: {state.End} {state.Error}");
        }

        return state.Chunks.Count;
    }

    private static byte[] BuildBody(byte[] line)
    {
        var done = """{"model":"llama3.2","created_at":"2026-08-21T10:00:01Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","eval_count":200000,"eval_duration":1000000000}"""u8;
        using var buffer = new MemoryStream();
        for (var i = 0; i < LinesPerBody; i++)
        {
            buffer.Write(line);
            buffer.WriteByte((byte)'\n');
        }

        buffer.Write(done);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A memory stream that returns at most <c>readSize</c> bytes per read, like a socket delivering one line at a time.</summary>
    private sealed class LimitedReadStream(byte[] data, int readSize) : MemoryStream(data, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], cancellationToken);
    }
}

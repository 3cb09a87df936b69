using System.Text;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class NdjsonLineReaderTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static async Task<(RecordingLineHandler Handler, NdjsonReadEnd End)> ReadAsync(params byte[][] reads)
    {
        var handler = new RecordingLineHandler();
        var reader = new NdjsonLineReader(new CountingClock().Next);
        var end = await reader.ReadAsync(new ScriptedReadStream(reads), handler, CancellationToken.None);
        return (handler, end);
    }

    [Fact]
    public async Task Lines_in_one_read_share_its_timestamp()
    {
        var (handler, end) = await ReadAsync(Bytes("{\"a\":1}\n{\"b\":2}\n"), Bytes("{\"c\":3}\n"));

        Assert.Equal(NdjsonReadEnd.EndOfStream, end);
        Assert.Equal([1L, 2L], handler.Reads);
        Assert.Equal([("{\"a\":1}", 1L), ("{\"b\":2}", 1L), ("{\"c\":3}", 2L)], handler.Lines);
    }

    [Fact]
    public async Task Line_split_across_reads_gets_timestamp_of_completing_read()
    {
        var (handler, _) = await ReadAsync(Bytes("{\"response\":"), Bytes("\"ab\"}"), Bytes("\n"));

        var line = Assert.Single(handler.Lines);
        Assert.Equal("{\"response\":\"ab\"}", line.Line);
        Assert.Equal(3L, line.Timestamp);
    }

    [Fact]
    public async Task Multibyte_character_split_across_reads_decodes_whole()
    {
        var bytes = Bytes("{\"response\":\"h\u00e9\u65e5\"}\n");
        var cut = Array.IndexOf(bytes, (byte)0xC3) + 1;

        var (handler, _) = await ReadAsync(bytes[..cut], bytes[cut..(cut + 2)], bytes[(cut + 2)..]);

        Assert.Equal("{\"response\":\"h\u00e9\u65e5\"}", Assert.Single(handler.Lines).Line);
    }

    [Fact]
    public async Task Last_line_without_newline_is_read_at_end_of_stream()
    {
        var (handler, end) = await ReadAsync(Bytes("{\"a\":1}\n{\"done\":"), Bytes("true}"));

        Assert.Equal(NdjsonReadEnd.EndOfStream, end);
        Assert.Equal(("{\"done\":true}", 2L), handler.Lines[^1]);
    }

    [Fact]
    public async Task Line_longer_than_64_KiB_is_read_whole()
    {
        var text = new string('x', 200 * 1024);
        var line = Bytes($"{{\"response\":\"{text}\"}}\n");
        var reads = line.Chunk(4096).ToArray();

        var (handler, _) = await ReadAsync(reads);

        Assert.Equal(line.Length - 1, Assert.Single(handler.Lines).Line.Length);
        Assert.Equal(reads.Length, handler.Lines[0].Timestamp);
    }

    [Fact]
    public async Task Blank_lines_are_skipped()
    {
        var (handler, _) = await ReadAsync(Bytes("\n\r\n  \n{\"a\":1}\r\n\n"));

        Assert.Equal("{\"a\":1}\r", Assert.Single(handler.Lines).Line);
    }

    [Fact]
    public async Task Handler_stop_ends_reading()
    {
        var handler = new RecordingLineHandler(stopAfterLines: 1);
        var stream = new ScriptedReadStream([Bytes("{\"a\":1}\n{\"b\":2}\n"), Bytes("{\"c\":3}\n")]);

        var end = await new NdjsonLineReader().ReadAsync(stream, handler, CancellationToken.None);

        Assert.Equal(NdjsonReadEnd.Stopped, end);
        Assert.Single(handler.Lines);
        Assert.Equal(1, stream.ReadCount);
    }

    [Fact]
    public async Task Empty_body_ends_without_lines()
    {
        var (handler, end) = await ReadAsync();

        Assert.Equal(NdjsonReadEnd.EndOfStream, end);
        Assert.Empty(handler.Lines);
        Assert.Empty(handler.Reads);
    }

    [Fact]
    public async Task Line_past_maximum_length_stops_reading()
    {
        var segment = new byte[1024 * 1024];
        Array.Fill(segment, (byte)'x');
        var reads = Enumerable.Repeat(segment, (NdjsonLineReader.MaxLineBytes / segment.Length) + 1).ToArray();

        var (handler, end) = await ReadAsync(reads);

        Assert.Equal(NdjsonReadEnd.LineTooLong, end);
        Assert.Empty(handler.Lines);
    }
}

using System.Text;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaStreamStateTests
{
    private static async Task<(OllamaStreamState State, RecordingObserver Observer, NdjsonReadEnd End)> RunAsync(params string[] reads)
    {
        var observer = new RecordingObserver();
        var state = new OllamaStreamState(observer);
        var stream = new ScriptedReadStream(reads.Select(Encoding.UTF8.GetBytes));

        var end = await new NdjsonLineReader(new CountingClock().Next).ReadAsync(stream, state, CancellationToken.None);
        return (state, observer, end);
    }

    [Fact]
    public async Task Chunks_reach_observer_with_read_timestamps()
    {
        var (state, observer, _) = await RunAsync(
            "{\"message\":{\"content\":\"\",\"thinking\":\"plan\"}}\n{\"message\":{\"content\":\"A\"}}\n",
            "{\"message\":{\"content\":\"B\"}}\n{\"done\":true,\"eval_count\":3}\n");

        GenerationChunk[] expected =
        [
            new("plan", ChunkChannel.Thinking, 1),
            new("A", ChunkChannel.Content, 1),
            new("B", ChunkChannel.Content, 2),
        ];
        Assert.Equal(expected, state.Chunks);
        Assert.Equal(expected, observer.Chunks);
        Assert.Equal(StreamLineEnd.Done, state.End);
        Assert.Equal(2L, state.EndTimestamp);
        Assert.Equal(1L, state.FirstByteTimestamp);
        Assert.Equal(3, state.Stats!.EvalCount);
    }

    [Fact]
    public async Task Done_line_text_is_kept()
    {
        var (state, _, _) = await RunAsync("{\"response\":\"last\",\"done\":true}\n");

        Assert.Equal("last", Assert.Single(state.Chunks).Text);
        Assert.Equal(StreamLineEnd.Done, state.End);
    }

    [Fact]
    public async Task Reading_stops_at_done_line()
    {
        var (state, _, end) = await RunAsync("{\"done\":true}\n{\"response\":\"after\"}\n");

        Assert.Equal(NdjsonReadEnd.Stopped, end);
        Assert.Empty(state.Chunks);
    }

    [Fact]
    public async Task Error_line_ends_with_partial_text()
    {
        var (state, _, end) = await RunAsync("{\"response\":\"can\"}\n", "{\"error\":\"runner stopped\"}\n");

        Assert.Equal(NdjsonReadEnd.Stopped, end);
        Assert.Equal(StreamLineEnd.ErrorLine, state.End);
        Assert.Equal("runner stopped", state.Error);
        Assert.Equal("can", Assert.Single(state.Chunks).Text);
        Assert.Equal(2L, state.EndTimestamp);
    }

    [Fact]
    public async Task Malformed_line_reports_excerpt()
    {
        var (state, _, _) = await RunAsync("{\"response\":\"ok\"}\n{\"response\":\"cut\n");

        Assert.Equal(StreamLineEnd.Malformed, state.End);
        Assert.Contains("{\"response\":\"cut", state.Error, StringComparison.Ordinal);
        Assert.Equal("ok", Assert.Single(state.Chunks).Text);
    }

    [Fact]
    public async Task End_without_done_leaves_state_open()
    {
        var (state, _, end) = await RunAsync("{\"response\":\"a\"}\n{\"response\":\"b\"}");

        Assert.Equal(NdjsonReadEnd.EndOfStream, end);
        Assert.Equal(StreamLineEnd.None, state.End);
        Assert.Equal(["a", "b"], state.Chunks.Select(chunk => chunk.Text));
    }

    [Fact]
    public async Task Empty_text_chunks_are_not_reported()
    {
        var (state, observer, _) = await RunAsync("{\"message\":{\"role\":\"assistant\",\"content\":\"\"}}\n{\"response\":null}\n");

        Assert.Empty(state.Chunks);
        Assert.Empty(observer.Chunks);
    }

    [Fact]
    public async Task Tool_call_chunk_uses_tool_channel()
    {
        var (state, _, _) = await RunAsync("{\"message\":{\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"f\"}}]}}\n");

        var chunk = Assert.Single(state.Chunks);
        Assert.Equal(ChunkChannel.ToolCall, chunk.Channel);
        Assert.Equal("[{\"function\":{\"name\":\"f\"}}]", chunk.Text);
    }
}

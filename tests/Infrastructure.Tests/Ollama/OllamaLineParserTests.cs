using System.Text;
using Benchmarker.Infrastructure.Ollama.Streaming;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaLineParserTests
{
    private static OllamaStreamLine Parse(string line)
    {
        var ok = OllamaLineParser.TryParse(Encoding.UTF8.GetBytes(line), out var parsed, out var problem);
        Assert.True(ok, problem);
        return parsed;
    }

    private static string Problem(string line)
    {
        var ok = OllamaLineParser.TryParse(Encoding.UTF8.GetBytes(line), out _, out var problem);
        Assert.False(ok);
        return Assert.IsType<string>(problem);
    }

    [Fact]
    public void Chat_chunk_yields_content()
    {
        var line = Parse("""{"model":"m","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":"Hi \"you\"\n"},"done":false}""");

        Assert.Equal("Hi \"you\"\n", line.Content);
        Assert.Null(line.Thinking);
        Assert.False(line.Done);
    }

    [Fact]
    public void Generate_chunk_yields_response_and_thinking()
    {
        var line = Parse("""{"model":"m","response":"","thinking":"Let me","done":false}""");

        Assert.Null(line.Content);
        Assert.Equal("Let me", line.Thinking);
    }

    [Fact]
    public void Chat_thinking_is_read_from_message()
    {
        var line = Parse("""{"message":{"role":"assistant","content":"","thinking":"hmm"},"done":false}""");

        Assert.Null(line.Content);
        Assert.Equal("hmm", line.Thinking);
    }

    [Fact]
    public void Tool_calls_are_kept_as_raw_json()
    {
        var line = Parse("""{"message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"f","arguments":{"x":1}}}]},"done":false}""");

        Assert.Equal("""[{"function":{"name":"f","arguments":{"x":1}}}]""", line.ToolCalls);
    }

    [Fact]
    public void Empty_tool_calls_are_null()
    {
        Assert.Null(Parse("""{"message":{"content":"a","tool_calls":[ ]}}""").ToolCalls);
    }

    [Fact]
    public void Done_line_converts_durations_to_seconds()
    {
        var line = Parse("""{"done":true,"done_reason":"length","total_duration":10706818083,"load_duration":6338219291,"prompt_eval_count":26,"prompt_eval_cached_count":20,"prompt_eval_duration":130079000,"eval_count":259,"eval_duration":4232710000,"context":[1,2,3]}""");

        Assert.True(line.Done);
        Assert.Equal("length", line.DoneReason);
        Assert.Equal(10.706818083, line.TotalDuration!.Value, 9);
        Assert.Equal(6.338219291, line.LoadDuration!.Value, 9);
        Assert.Equal(0.130079, line.PromptEvalDuration!.Value, 9);
        Assert.Equal(4.23271, line.EvalDuration!.Value, 9);
        Assert.Equal(26, line.PromptEvalCount);
        Assert.Equal(20, line.PromptEvalCachedCount);
        Assert.Equal(259, line.EvalCount);
    }

    [Fact]
    public void Missing_statistics_are_null_not_zero()
    {
        var line = Parse("""{"done":true,"eval_count":3}""");

        Assert.Equal(3, line.EvalCount);
        Assert.Null(line.PromptEvalCount);
        Assert.Null(line.PromptEvalCachedCount);
        Assert.Null(line.LoadDuration);
        Assert.Null(line.TotalDuration);
        Assert.Null(line.DoneReason);
    }

    [Fact]
    public void Error_line_yields_error()
    {
        Assert.Equal("runner died", Parse("""{"error":"runner died"}""").Error);
    }

    [Fact]
    public void Non_string_error_is_kept_as_json()
    {
        Assert.Equal("""{"message":"x"}""", Parse("""{"error":{"message":"x"}}""").Error);
    }

    [Fact]
    public void Negative_stats_read_as_missing()
    {
        var line = Parse("""{"done":true,"total_duration":-5,"load_duration":-1.5,"prompt_eval_count":-3,"eval_count":-1,"eval_duration":0}""");

        Assert.Null(line.TotalDuration);
        Assert.Null(line.LoadDuration);
        Assert.Null(line.PromptEvalCount);
        Assert.Null(line.EvalCount);
        Assert.Equal(0, line.EvalDuration);
    }

    [Theory]
    [InlineData("""{"model":"m","response":"cut of""")]
    [InlineData("""[1,2]""")]
    [InlineData("""not json""")]
    [InlineData("""{"done":"yes"}""")]
    [InlineData("""{"response":42}""")]
    [InlineData("""{"message":"text"}""")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("""{"eval_count":1.5}""")]
    public void Malformed_lines_are_rejected(string line)
    {
        Assert.NotEmpty(Problem(line));
    }

    [Fact]
    public void Invalid_utf8_in_text_is_rejected()
    {
        byte[] line = [.. "{\"response\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.False(OllamaLineParser.TryParse(line, out _, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Unknown_fields_are_skipped()
    {
        var line = Parse("""{"logprobs":[{"token":"a","logprob":-0.1}],"extra":{"nested":[1,{"x":null}]},"response":"ok"}""");

        Assert.Equal("ok", line.Content);
    }
}

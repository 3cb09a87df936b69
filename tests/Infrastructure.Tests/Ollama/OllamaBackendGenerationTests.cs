using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaBackendGenerationTests
{
    private const string Model = "llama3.2:latest";

    [Fact]
    public async Task Stream_completes_with_stats_in_seconds()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("Hel", "lo", " w\u00f6rld");
        using var host = new BackendHost(server.BaseUrl);
        var observer = new RecordingObserver();

        var outcome = await host.GenerateAsync(Model, observer: observer);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(["Hel", "lo", " w\u00f6rld"], outcome.Chunks.Select(chunk => chunk.Text));
        Assert.Equal(outcome.Chunks, observer.Chunks);
        Assert.Equal(3, outcome.Stats!.EvalCount);
        Assert.Equal(0.03, outcome.Stats.EvalDuration!.Value, 9);
        Assert.Equal(0.002, outcome.Stats.LoadDuration!.Value, 9);
        Assert.Equal(12, outcome.Stats.PromptEvalCount);
        Assert.Null(outcome.Stats.PromptEvalCachedCount);
        Assert.Equal("stop", outcome.Stats.DoneReason);
        Assert.Null(outcome.ErrorKind);
        Assert.True(outcome.StartTimestamp < outcome.FirstByteTimestamp);
        Assert.True(outcome.FirstByteTimestamp <= outcome.Chunks[0].Timestamp);
        Assert.True(outcome.Chunks[^1].Timestamp <= outcome.EndTimestamp);
    }

    [Fact]
    public async Task Missing_stats_fields_are_null()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Stats = new ScriptedStats { EvalCount = 1, DoneReason = null }).WithChunks("a");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(1, outcome.Stats!.EvalCount);
        Assert.Null(outcome.Stats.EvalDuration);
        Assert.Null(outcome.Stats.LoadDuration);
        Assert.Null(outcome.Stats.TotalDuration);
        Assert.Null(outcome.Stats.PromptEvalCount);
        Assert.Null(outcome.Stats.PromptEvalDuration);
        Assert.Null(outcome.Stats.DoneReason);
    }

    [Fact]
    public async Task Thinking_chunks_use_thinking_channel()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        var model = server.AddModel(Model);
        model.Chunks.Add(new ScriptedChunk("Let me think", ScriptedChannel.Thinking));
        model.Chunks.Add(new ScriptedChunk("Blue."));
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal([ChunkChannel.Thinking, ChunkChannel.Content], outcome.Chunks.Select(chunk => chunk.Channel));
        Assert.Equal("Let me think", outcome.Chunks[0].Text);
    }

    [Fact]
    public async Task Chat_request_sends_typed_options()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok");
        using var host = new BackendHost(server.BaseUrl);
        var parameters = new GenerationParameters
        {
            Temperature = 0.2, TopK = 40, TopP = 0.9, Seed = 7, NumPredict = 64, NumCtx = 2048,
            Stop = ["\n\n"], KeepAlive = "300", Think = false,
        };

        await host.GenerateAsync(Model, parameters);

        using var body = JsonDocument.Parse(Assert.Single(server.RequestsTo("/api/chat")).Body);
        var root = body.RootElement;
        Assert.Equal(Model, root.GetProperty("model").GetString());
        Assert.True(root.GetProperty("stream").GetBoolean());
        Assert.Equal(300, root.GetProperty("keep_alive").GetDouble());
        Assert.False(root.GetProperty("think").GetBoolean());
        var message = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal("Why is the sky blue?", message.GetProperty("content").GetString());
        var options = root.GetProperty("options");
        Assert.Equal(0.2, options.GetProperty("temperature").GetDouble());
        Assert.Equal(40, options.GetProperty("top_k").GetInt32());
        Assert.Equal(0.9, options.GetProperty("top_p").GetDouble());
        Assert.Equal(7, options.GetProperty("seed").GetInt32());
        Assert.Equal(64, options.GetProperty("num_predict").GetInt32());
        Assert.Equal(2048, options.GetProperty("num_ctx").GetInt32());
        Assert.Equal("\n\n", Assert.Single(options.GetProperty("stop").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Unset_parameters_are_not_sent()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok");
        using var host = new BackendHost(server.BaseUrl);

        await host.GenerateAsync(Model, new GenerationParameters { KeepAlive = "5m" });

        using var body = JsonDocument.Parse(Assert.Single(server.RequestsTo("/api/chat")).Body);
        var names = body.RootElement.EnumerateObject().Select(property => property.Name).ToHashSet();
        Assert.Equal(["keep_alive", "messages", "model", "stream"], names.Order());
        Assert.Equal("5m", body.RootElement.GetProperty("keep_alive").GetString());
    }

    [Fact]
    public async Task Generate_endpoint_sends_prompt()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("Because");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model, new GenerationParameters { Endpoint = GenerationEndpoint.Generate, NumPredict = 8 });

        Assert.Equal("Because", Assert.Single(outcome.Chunks).Text);
        Assert.Empty(server.RequestsTo("/api/chat"));
        using var body = JsonDocument.Parse(Assert.Single(server.RequestsTo("/api/generate")).Body);
        Assert.Equal("Why is the sky blue?", body.RootElement.GetProperty("prompt").GetString());
        Assert.False(body.RootElement.TryGetProperty("messages", out _));
        Assert.Equal(8, body.RootElement.GetProperty("options").GetProperty("num_predict").GetInt32());
    }

    [Fact]
    public async Task Split_and_merged_writes_give_same_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        var huge = new string('z', 100 * 1024);
        string[] texts = ["h\u00e9llo", " \u65e5\u672c", huge, "\u00fc"];
        server.AddModel("split").WithChunks(texts).WriteMode = ScriptedWriteMode.SplitLines;
        server.AddModel("merged").WithChunks(texts).WriteMode = ScriptedWriteMode.AllLinesInOneWrite;
        var unterminated = server.AddModel("unterminated").WithChunks(texts);
        unterminated.FinalLineWithoutNewline = true;
        using var host = new BackendHost(server.BaseUrl);

        foreach (var model in new[] { "split", "merged", "unterminated" })
        {
            var outcome = await host.GenerateAsync(model);

            Assert.Equal(GenerationStatus.Completed, outcome.Status);
            Assert.Equal(texts, outcome.Chunks.Select(chunk => chunk.Text));
        }
    }
}

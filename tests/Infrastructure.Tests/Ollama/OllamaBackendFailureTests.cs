using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.Infrastructure.Tests.Ollama;

public sealed class OllamaBackendFailureTests
{
    private const string Model = "qwen3:8b";

    [Fact]
    public async Task Unknown_model_fails_without_retry()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync("missing:latest");

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.ModelNotFound, outcome.ErrorKind);
        Assert.Equal(404, outcome.HttpStatus);
        Assert.Contains("ollama pull missing:latest", outcome.Error, StringComparison.Ordinal);
        Assert.Single(server.RequestsTo("/api/chat"));
    }

    [Fact]
    public async Task Bad_request_fails_without_retry()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("x").FailNext(400, "\"qwen3:8b\" does not support thinking");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model, new GenerationParameters { Think = true });

        Assert.Equal(ResultErrorKinds.InvalidRequest, outcome.ErrorKind);
        Assert.Equal(400, outcome.HttpStatus);
        Assert.Contains("does not support thinking", outcome.Error, StringComparison.Ordinal);
        Assert.Single(server.RequestsTo("/api/chat"));
    }

    [Fact]
    public async Task Server_error_keeps_error_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("x").FailNext(500, "timed out waiting for llama-server to start");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.ServerError, outcome.ErrorKind);
        Assert.Equal(500, outcome.HttpStatus);
        Assert.Contains("timed out waiting for llama-server to start", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Busy_server_is_retried_until_accepted()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok").FailNext(503, "server busy, please try again.", count: 2);
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Equal(2, outcome.RejectedAttempts);
        Assert.Equal(3, server.RequestsTo("/api/chat").Count);
        Assert.True(outcome.StartTimestamp > server.RequestsTo("/api/chat")[1].ReceivedTimestamp);
    }

    [Fact]
    public async Task Busy_server_wait_is_queue_time()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok").FailNext(503, "server busy, please try again.", count: 2);
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);
        var requests = server.RequestsTo("/api/chat");
        var rejectedSpan = Stopwatch.GetElapsedTime(requests[0].ReceivedTimestamp, requests[1].ReceivedTimestamp);

        Assert.NotNull(outcome.QueueTime);
        Assert.True(outcome.QueueTime > rejectedSpan, $"queue time {outcome.QueueTime} is shorter than the rejected attempts ({rejectedSpan})");
    }

    [Fact]
    public async Task Accepted_first_time_has_no_queue_time()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Completed, outcome.Status);
        Assert.Null(outcome.QueueTime);
    }

    [Fact]
    public async Task Busy_server_past_retries_is_rejected()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model).WithChunks("ok").FailNext(503, "server busy, please try again.", count: 10);
        using var host = new BackendHost(server.BaseUrl, new Dictionary<string, string?> { ["Ollama:MaxRetries"] = "2" });

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.Rejected, outcome.ErrorKind);
        Assert.Equal(503, outcome.HttpStatus);
        Assert.Equal(3, outcome.RejectedAttempts);
        Assert.Equal(3, server.RequestsTo("/api/chat").Count);
    }

    [Fact]
    public async Task Mid_stream_error_keeps_partial_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Ending = ScriptedEnding.ErrorLine).WithChunks("The", " sky");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.ServerError, outcome.ErrorKind);
        Assert.Null(outcome.HttpStatus);
        Assert.Contains("an error was encountered while running the model", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(["The", " sky"], outcome.Chunks.Select(chunk => chunk.Text));
    }

    [Fact]
    public async Task End_without_done_is_incomplete()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Ending = ScriptedEnding.EndWithoutDone).WithChunks("a", "b");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Incomplete, outcome.Status);
        Assert.Equal(ResultErrorKinds.Incomplete, outcome.ErrorKind);
        Assert.Null(outcome.Stats);
        Assert.Equal(2, outcome.Chunks.Count);
    }

    [Fact]
    public async Task Broken_connection_is_incomplete_with_partial_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        var allRead = new TaskCompletionSource();
        server.AddModel(Model, model =>
        {
            model.Ending = ScriptedEnding.AbortConnection;
            model.HoldEndingUntil = allRead.Task;
        }).WithChunks("a", "b");
        using var host = new BackendHost(server.BaseUrl);
        var observer = new RecordingObserver(chunk =>
        {
            if (chunk.Text == "b")
            {
                allRead.TrySetResult();
            }
        });

        var outcome = await host.GenerateAsync(Model, observer: observer);

        Assert.True(outcome.Status == GenerationStatus.Incomplete, $"{outcome.Status} {outcome.ErrorKind}: {outcome.Error}");
        Assert.Equal(ResultErrorKinds.Incomplete, outcome.ErrorKind);
        Assert.Equal(["a", "b"], outcome.Chunks.Select(chunk => chunk.Text));
    }

    [Fact]
    public async Task Malformed_line_fails_with_excerpt()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Ending = ScriptedEnding.MalformedLine).WithChunks("a");
        using var host = new BackendHost(server.BaseUrl);

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.MalformedStream, outcome.ErrorKind);
        Assert.Contains("\"response\":\"cut of", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("a", Assert.Single(outcome.Chunks).Text);
    }

    [Fact]
    public async Task Silent_server_hits_first_byte_timeout()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.HangBeforeResponse = true);
        using var host = new BackendHost(server.BaseUrl, new Dictionary<string, string?> { ["Ollama:FirstByteTimeout"] = "00:00:00.200" });

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.TimedOut, outcome.Status);
        Assert.Equal(ResultErrorKinds.Timeout, outcome.ErrorKind);
        Assert.Contains("FirstByteTimeout", outcome.Error, StringComparison.Ordinal);
        Assert.Null(outcome.FirstByteTimestamp);
    }

    [Fact]
    public async Task Stalled_stream_hits_idle_timeout_with_partial_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Ending = ScriptedEnding.Hang).WithChunks("partial");
        using var host = new BackendHost(server.BaseUrl, new Dictionary<string, string?> { ["Ollama:IdleTimeout"] = "00:00:00.200" });

        var outcome = await host.GenerateAsync(Model);

        Assert.Equal(GenerationStatus.TimedOut, outcome.Status);
        Assert.Contains("IdleTimeout", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("partial", Assert.Single(outcome.Chunks).Text);
        Assert.NotNull(outcome.FirstByteTimestamp);
    }

    [Fact]
    public async Task Caller_cancellation_keeps_partial_text()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.Ending = ScriptedEnding.Hang).WithChunks("one", "two");
        using var host = new BackendHost(server.BaseUrl);
        using var cancellation = new CancellationTokenSource();
        var observer = new RecordingObserver(chunk =>
        {
            if (chunk.Text == "two")
            {
                cancellation.Cancel();
            }
        });

        var outcome = await host.GenerateAsync(Model, observer: observer, cancellationToken: cancellation.Token);

        Assert.Equal(GenerationStatus.Cancelled, outcome.Status);
        Assert.Equal(ResultErrorKinds.Cancelled, outcome.ErrorKind);
        Assert.Equal(["one", "two"], outcome.Chunks.Select(chunk => chunk.Text));
    }

    [Fact]
    public async Task Closed_port_is_unreachable()
    {
        var baseUrl = $"http://127.0.0.1:{ClosedPort()}";
        using var host = new BackendHost(baseUrl);

        var outcome = await host.GenerateAsync(Model);
        var listing = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Backend.ListModelsAsync(CancellationToken.None));
        var status = await host.Backend.GetStatusAsync(CancellationToken.None);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal(ResultErrorKinds.Unreachable, outcome.ErrorKind);
        Assert.Contains(baseUrl, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(baseUrl, listing.Location);
        Assert.Contains($"Ollama is not reachable at {baseUrl}", listing.Message, StringComparison.Ordinal);
        Assert.Contains("ollama serve", listing.Message, StringComparison.Ordinal);
        Assert.False(status.Available);
        Assert.NotNull(status.Error);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.Performance.Ollama;

/// <summary>The scripted server in the harness's own process, sharing its thread pool and cores.</summary>
internal sealed class InProcessTtftServer(ScriptedOllamaServer server) : ITtftServer
{
    public string BaseUrl => server.BaseUrl;

    public static async Task<InProcessTtftServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = await ScriptedOllamaServer.StartAsync(cancellationToken);
        TtftScript.Install(server);
        return new InProcessTtftServer(server);
    }

    public Task<IReadOnlyList<TtftServerRecord>> ChatRecordsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(TtftScript.Records(server));

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A host and scripted Ollama server of one test alone, for tests that script failures or change
/// settings, so no other test shares their state. Dispose stops both.
/// </summary>
public sealed class IsolatedApi : IAsyncDisposable
{
    private IsolatedApi(ScriptedOllamaServer ollama, ApiFactory factory)
    {
        Ollama = ollama;
        Factory = factory;
    }

    public ScriptedOllamaServer Ollama { get; }

    public ApiFactory Factory { get; }

    public static async Task<IsolatedApi> StartAsync(
        Action<ScriptedOllamaServer>? configure = null, IDictionary<string, string?>? overrides = null)
    {
        var ollama = await ScriptedOllamaServer.StartAsync();
        configure?.Invoke(ollama);
        return new IsolatedApi(ollama, new ApiFactory(ollama, overrides));
    }

    public HttpClient CreateClient() => Factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Ollama.DisposeAsync();
    }
}

using Benchmarker.TestSupport.ScriptedOllama;

namespace Benchmarker.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// One scripted Ollama server and one host shared by a test class. The server offers
/// <see cref="ScriptedModelName"/>, answering "Hello world" in three chunks.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string ScriptedModelName = "llama3.2:latest";

    public const string DemoModelName = "tiny-random-llama.gguf";

    private ScriptedOllamaServer? ollama;
    private ApiFactory? factory;

    public ScriptedOllamaServer Ollama => ollama ?? throw new InvalidOperationException("The fixture has not started.");

    public ApiFactory Factory => factory ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task InitializeAsync()
    {
        ollama = await ScriptedOllamaServer.StartAsync();
        ollama.AddModel(ScriptedModelName, model => model.WithChunks("Hello", " world", "!"));
        factory = new ApiFactory(ollama);
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (ollama is not null)
        {
            await ollama.DisposeAsync();
        }
    }
}

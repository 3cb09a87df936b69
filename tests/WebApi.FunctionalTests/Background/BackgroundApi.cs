using Benchmarker.TestSupport.ScriptedOllama;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>
/// The real host pointed at a scripted Ollama server on 127.0.0.1 and at a fresh temporary directory
/// for runs and GGUF models, one per test. Disposing stops both and deletes the directory.
/// </summary>
public sealed class BackgroundApi : IAsyncDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("benchmarker-ui-api-");

    private BackgroundApi(ScriptedOllamaServer ollama, IReadOnlyDictionary<string, string?> overrides)
    {
        Ollama = ollama;
        Factory = new BackgroundApiFactory(new Dictionary<string, string?>(overrides)
        {
            ["Ollama:BaseUrl"] = ollama.BaseUrl,
            ["Storage:Provider"] = "Json",
            ["Storage:Json:Directory"] = Path.Combine(directory.FullName, "data"),
            ["Storage:OutboxDirectory"] = Path.Combine(directory.FullName, "outbox"),
            ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.FullName, "models"),
            ["Sampler:Interval"] = "00:00:00.050",
        });
        Client = Factory.CreateClient();
    }

    public ScriptedOllamaServer Ollama { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public static async Task<BackgroundApi> StartAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var ollama = await ScriptedOllamaServer.StartAsync();
        return new BackgroundApi(ollama, overrides ?? new Dictionary<string, string?>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Ollama.DisposeAsync();
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // The store may still be writing its index as the host stops; the OS temp cleaner removes it later.
        }
    }

    private sealed class BackgroundApiFactory(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

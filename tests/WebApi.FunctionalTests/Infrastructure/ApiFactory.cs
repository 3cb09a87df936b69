using Benchmarker.TestSupport.ScriptedOllama;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Benchmarker.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The real web host with its real adapters, pointed at a scripted Ollama server on 127.0.0.1 and
/// at fresh temporary directories for runs and GGUF models (the demo model is written there on
/// first use). Dispose removes both.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory directory = new();
    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);

    public ApiFactory(ScriptedOllamaServer ollama, IDictionary<string, string?>? overrides = null)
    {
        Ollama = ollama;
        settings["Ollama:BaseUrl"] = ollama.BaseUrl;
        settings["Ollama:RetryBaseDelay"] = "00:00:00.010";
        settings["Storage:Provider"] = "Json";
        settings["Storage:Json:Directory"] = DataDirectory;
        settings["Storage:OutboxDirectory"] = Path.Combine(DataDirectory, "outbox");
        settings["Engines:Embedded:ModelsDirectory"] = ModelsDirectory;
        settings["Sampler:Interval"] = "00:00:00.050";

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public ScriptedOllamaServer Ollama { get; }

    public string DataDirectory => Path.Combine(directory.Path, "data");

    public string ModelsDirectory => Path.Combine(directory.Path, "models");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            directory.Dispose();
        }
    }
}

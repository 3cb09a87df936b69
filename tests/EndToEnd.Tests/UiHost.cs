using System.Net;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.TestSupport.ScriptedOllama;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>
/// The real host on a socket of 127.0.0.1 (a browser cannot reach an in-memory test server), a scripted
/// Ollama server, fresh data and model directories, and Debian's Chromium driven by Playwright.
/// Playwright's own browser download is never used: it needs the internet.
/// </summary>
public sealed class UiHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("benchmarker-ui-e2e-");
    private UiFactory? factory;
    private IPlaywright? playwright;

    public ScriptedOllamaServer Ollama { get; private set; } = null!;

    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>Root URL of the app, for example http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Ollama = await ScriptedOllamaServer.StartAsync();
        ScriptedModels.Install(Ollama);

        factory = new UiFactory(new Dictionary<string, string?>
        {
            ["Ollama:BaseUrl"] = Ollama.BaseUrl,
            ["Storage:Provider"] = "Json",
            ["Storage:Json:Directory"] = Path.Combine(directory.FullName, "data"),
            ["Storage:OutboxDirectory"] = Path.Combine(directory.FullName, "outbox"),
            ["Engines:Embedded:ModelsDirectory"] = Path.Combine(directory.FullName, "models"),
            ["Sampler:Interval"] = "00:00:00.050",
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        BaseUrl = addresses.Addresses.First().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(directory.FullName, "chromium-profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
    }

    public async Task<string> SaveRunAsync(BenchmarkRun run)
    {
        using var scope = factory!.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IBenchmarkRunRepository>().SaveAsync(run, CancellationToken.None);
        return run.Id;
    }

    /// <summary>A new tab that records console errors and uncaught exceptions.</summary>
    public async Task<WatchedPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync();
        var watched = new WatchedPage(page);
        await page.GotoAsync(BaseUrl + path);
        return watched;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Ollama.DisposeAsync();
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the stopping host or browser is left for the OS temp cleaner.
        }
    }

    private sealed class UiFactory(Dictionary<string, string?> settings) : WebApplicationFactory<Program>
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

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiHost>
{
    public const string Name = "ui";
}

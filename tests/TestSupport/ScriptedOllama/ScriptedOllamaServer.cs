using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks Ollama's native API from per-model scripts, so the
/// client can be tested against real sockets: chunk timing, split writes, failures and hangs.
/// Every request is recorded. Dispose it to stop it; hanging responses are aborted then.
/// </summary>
public sealed class ScriptedOllamaServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ScriptedModel> models = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();

    private ScriptedOllamaServer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>Root URL without a trailing slash, for example http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Version reported by /api/version.</summary>
    public string Version { get; set; } = "0.33.0";

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    internal CancellationToken Stopping => stopping.Token;

    /// <summary>Starts a server on a free port of 127.0.0.1.</summary>
    public static async Task<ScriptedOllamaServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var server = new ScriptedOllamaServer(builder.Build());
        ScriptedRoutes.Map(server.app, server);
        await server.app.StartAsync(cancellationToken);

        var addresses = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        server.BaseUrl = addresses.Addresses.Single().TrimEnd('/');
        return server;
    }

    /// <summary>Installs a model (replacing one of the same name) and returns its script for further setup.</summary>
    public ScriptedModel AddModel(string name, Action<ScriptedModel>? configure = null)
    {
        var model = new ScriptedModel(name);
        configure?.Invoke(model);
        models[name] = model;
        return model;
    }

    public bool RemoveModel(string name) => models.TryRemove(name, out _);

    /// <summary>Recorded requests to one path, for example "/api/chat".</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => [.. requests.Where(request => request.Path == path)];

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
        stopping.Dispose();
    }

    internal IReadOnlyCollection<ScriptedModel> Models => [.. models.Values.OrderBy(model => model.Name, StringComparer.Ordinal)];

    /// <summary>Finds a model by the name a client sent; a name without a tag also matches "name:latest".</summary>
    internal ScriptedModel? Find(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return models.TryGetValue(name, out var model) || models.TryGetValue(name + ":latest", out model) ? model : null;
    }

    internal async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        var received = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);

        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", body, ReadModel(body), received);
        requests.Enqueue(request);
        return request;
    }

    private static string? ReadModel(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("model", out var model)
                && model.ValueKind == JsonValueKind.String
                    ? model.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

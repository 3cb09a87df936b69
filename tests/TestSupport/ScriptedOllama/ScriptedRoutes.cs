using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Benchmarker.TestSupport.ScriptedOllama;

/// <summary>The endpoints of the scripted server; metadata responses are built from the installed scripts.</summary>
internal static class ScriptedRoutes
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(IEndpointRouteBuilder routes, ScriptedOllamaServer server)
    {
        routes.MapGet("/", async context =>
        {
            await server.RecordAsync(context);
            await context.Response.WriteAsync("Ollama is running", context.RequestAborted);
        });

        routes.MapGet("/api/version", async context =>
        {
            await server.RecordAsync(context);
            await WriteJsonAsync(context, 200, new { version = server.Version });
        });

        routes.MapGet("/api/tags", async context =>
        {
            await server.RecordAsync(context);
            await WriteJsonAsync(context, 200, new { models = server.Models.Select(ToTagsEntry) });
        });

        routes.MapPost("/api/show", async context =>
        {
            var request = await server.RecordAsync(context);
            var model = server.Find(request.Model);
            await (model is null
                ? WriteErrorAsync(context, 404, $"model '{request.Model}' not found")
                : WriteJsonAsync(context, 200, ToShow(model)));
        });

        routes.MapGet("/api/ps", async context =>
        {
            await server.RecordAsync(context);
            await WriteJsonAsync(context, 200, new { models = server.Models.Where(model => model.IsLoaded).Select(ToPsEntry) });
        });

        routes.MapPost("/api/chat", context => ScriptedGeneration.HandleAsync(context, server, chat: true));
        routes.MapPost("/api/generate", context => ScriptedGeneration.HandleAsync(context, server, chat: false));
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string error) =>
        WriteJsonAsync(context, status, new { error });

    private static async Task WriteJsonAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json), context.RequestAborted);
    }

    private static object Details(ScriptedModel model) => new
    {
        parent_model = string.Empty,
        format = "gguf",
        family = model.Family,
        families = new[] { model.Family },
        parameter_size = model.ParameterSize,
        quantization_level = model.QuantizationLevel,
    };

    private static Dictionary<string, object?> ToTagsEntry(ScriptedModel model)
    {
        var entry = new Dictionary<string, object?>
        {
            ["name"] = model.Name,
            ["model"] = model.Name,
            ["modified_at"] = model.ModifiedAt,
            ["size"] = model.SizeBytes,
            ["digest"] = model.Digest,
            ["details"] = Details(model),
            ["capabilities"] = model.Capabilities,
        };

        if (model.RemoteHost is not null)
        {
            entry["remote_model"] = model.Name;
            entry["remote_host"] = model.RemoteHost;
        }

        return entry;
    }

    private static object ToShow(ScriptedModel model) => new
    {
        parameters = "temperature 0.6\ntop_k 20",
        details = Details(model),
        model_info = new Dictionary<string, object>
        {
            ["general.architecture"] = model.Architecture,
            ["general.parameter_count"] = model.ParameterCount,
            [model.Architecture + ".context_length"] = model.ContextLength,
            [model.Architecture + ".embedding_length"] = 3072,
        },
        capabilities = model.Capabilities,
        modified_at = model.ModifiedAt,
    };

    private static object ToPsEntry(ScriptedModel model) => new
    {
        name = model.Name,
        model = model.Name,
        size = model.LoadedSizeBytes,
        size_vram = model.LoadedSizeVramBytes,
        digest = model.Digest,
        details = Details(model),
        expires_at = new DateTimeOffset(2318, 1, 1, 0, 0, 0, TimeSpan.Zero),
        context_length = model.LoadedContextLength,
    };
}

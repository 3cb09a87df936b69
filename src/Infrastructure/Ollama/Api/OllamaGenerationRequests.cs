using System.Text.Json.Serialization;

namespace Benchmarker.Infrastructure.Ollama.Api;

/// <summary>Body of <c>POST /api/chat</c>. Null members are left out of the JSON, so the server default applies.</summary>
public sealed record OllamaChatRequest(string Model, IReadOnlyList<OllamaMessage> Messages)
{
    /// <summary>Sent explicitly because the official clients default it to false while the server defaults it to true.</summary>
    public bool Stream { get; init; } = true;

    public OllamaRequestOptions? Options { get; init; }

    [JsonConverter(typeof(KeepAliveJsonConverter))]
    public string? KeepAlive { get; init; }

    public bool? Think { get; init; }
}

/// <summary>Body of <c>POST /api/generate</c>.</summary>
public sealed record OllamaGenerateRequest(string Model, string Prompt)
{
    public bool Stream { get; init; } = true;

    public OllamaRequestOptions? Options { get; init; }

    [JsonConverter(typeof(KeepAliveJsonConverter))]
    public string? KeepAlive { get; init; }

    public bool? Think { get; init; }
}

public sealed record OllamaMessage(string Role, string Content);

/// <summary>The <c>options</c> object; only the keys that were set are sent.</summary>
public sealed record OllamaRequestOptions
{
    public double? Temperature { get; init; }

    public int? TopK { get; init; }

    public double? TopP { get; init; }

    public int? Seed { get; init; }

    public int? NumPredict { get; init; }

    public int? NumCtx { get; init; }

    public IReadOnlyList<string>? Stop { get; init; }
}

public sealed record OllamaShowRequest(string Model);

using System.Text.Json;

namespace Benchmarker.Infrastructure.Ollama.Api;

public sealed record OllamaVersionResponse(string? Version);

public sealed record OllamaTagsResponse(IReadOnlyList<OllamaModelEntry>? Models);

/// <summary>One installed model in <c>/api/tags</c>; <see cref="Size"/> is the size on disk in bytes.</summary>
public sealed record OllamaModelEntry
{
    public string? Name { get; init; }

    public string? Model { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public long? Size { get; init; }

    public string? Digest { get; init; }

    public OllamaModelDetails? Details { get; init; }

    public IReadOnlyList<string>? Capabilities { get; init; }

    /// <summary>Set for cloud models that Ollama proxies to a remote host; those are not local and are skipped.</summary>
    public string? RemoteModel { get; init; }

    public string? RemoteHost { get; init; }
}

public sealed record OllamaModelDetails
{
    public string? ParentModel { get; init; }

    public string? Format { get; init; }

    public string? Family { get; init; }

    public IReadOnlyList<string>? Families { get; init; }

    public string? ParameterSize { get; init; }

    public string? QuantizationLevel { get; init; }
}

/// <summary>
/// Response of <c>/api/show</c>. <see cref="ModelInfo"/> contains raw GGUF metadata keyed like
/// "general.architecture" or "llama.context_length".
/// </summary>
public sealed record OllamaShowResponse
{
    public OllamaModelDetails? Details { get; init; }

    public Dictionary<string, JsonElement>? ModelInfo { get; init; }

    public IReadOnlyList<string>? Capabilities { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>The model's baked-in sampling defaults, one "key value" pair per line.</summary>
    public string? Parameters { get; init; }
}

public sealed record OllamaPsResponse(IReadOnlyList<OllamaLoadedModel>? Models);

/// <summary>A loaded model in <c>/api/ps</c>; <see cref="Size"/> is RAM plus VRAM in use, not the file size.</summary>
public sealed record OllamaLoadedModel
{
    public string? Name { get; init; }

    public string? Model { get; init; }

    public long? Size { get; init; }

    public long? SizeVram { get; init; }

    public string? Digest { get; init; }

    public OllamaModelDetails? Details { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public int? ContextLength { get; init; }
}

namespace Benchmarker.Domain.Models;

/// <summary>A model a backend can run, with what it reports about it.</summary>
public sealed record ModelDetails
{
    /// <summary>Name to request it by: Ollama's name ("llama3.2:latest") or a GGUF file name.</summary>
    public required string Name { get; init; }

    /// <summary>"ollama" or "embedded".</summary>
    public required string Backend { get; init; }

    public string? Family { get; init; }

    public string? Architecture { get; init; }

    /// <summary>Parameter count as the backend words it, for example "3.2B".</summary>
    public string? ParameterSize { get; init; }

    public long? ParameterCount { get; init; }

    public string? QuantizationLevel { get; init; }

    /// <summary>Training context length in tokens.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Size on disk in bytes.</summary>
    public long? SizeBytes { get; init; }

    public string? Digest { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public IReadOnlyList<string> Capabilities { get; init; } = [];
}

/// <summary>A model loaded in a server's memory (Ollama /api/ps).</summary>
public sealed record LoadedModelState
{
    public required string Name { get; init; }

    /// <summary>Bytes of RAM and VRAM the loaded model uses (not its file size).</summary>
    public long? SizeBytes { get; init; }

    /// <summary>Part of <see cref="SizeBytes"/> resident on GPUs.</summary>
    public long? SizeVramBytes { get; init; }

    public int? ContextLength { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }
}

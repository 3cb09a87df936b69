using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>What the decode loop observed: Stopwatch timestamps, counts and the chunks it emitted.</summary>
internal sealed class GenerationTrace
{
    public List<GenerationChunk> Chunks { get; } = [];

    public int PromptTokens { get; set; }

    public int GeneratedTokens { get; set; }

    public long? PrefillStart { get; set; }

    public long? PrefillEnd { get; set; }

    /// <summary>When the last generated token was sampled and its text handled.</summary>
    public long? LastTokenAt { get; set; }

    public string? DoneReason { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>Why the request was invalid (for example a prompt longer than the context), or null.</summary>
    public string? InvalidRequest { get; set; }
}

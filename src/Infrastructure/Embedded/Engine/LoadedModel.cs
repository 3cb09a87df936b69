using LLama;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// A model file in the weights cache: its load (running or finished), how many generations use it,
/// and the idle timer that unloads it. Mutable fields are guarded by the cache's lock.
/// </summary>
internal sealed class LoadedModel(string path)
{
    public string Path { get; } = path;

    public string Name { get; } = System.IO.Path.GetFileName(path);

    public required Task<LLamaWeights> Loading { get; init; }

    public int Users { get; set; }

    public ITimer? IdleTimer { get; set; }

    /// <summary>When the idle timer unloads the model; null while a generation uses it.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}

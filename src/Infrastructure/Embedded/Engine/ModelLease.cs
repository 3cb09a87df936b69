using LLama;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// A generation's hold on loaded weights. The weights are not unloaded while a lease is open;
/// disposing the lease starts the model's idle timer when it was the last one.
/// </summary>
internal sealed class ModelLease(WeightsCache cache, LoadedModel model, LLamaWeights weights, bool loadedForRequest, TimeSpan loadTime) : IDisposable
{
    private int disposed;

    public LLamaWeights Weights { get; } = weights;

    /// <summary>True when the model was not loaded when the request arrived (this request loaded it or waited for its load).</summary>
    public bool LoadedForRequest { get; } = loadedForRequest;

    /// <summary>Time spent getting the weights: the load, a wait for another request's load, or microseconds when loaded.</summary>
    public TimeSpan LoadTime { get; } = loadTime;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            cache.Release(model);
        }
    }
}

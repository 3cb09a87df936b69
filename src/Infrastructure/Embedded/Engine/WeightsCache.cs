using System.Diagnostics;
using Benchmarker.Domain.Models;
using LLama;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Loaded weights per model file. Concurrent first uses share one load. A failed load is forgotten,
/// so the next request retries it. A model that no generation has used for the keep-alive time is unloaded.
/// </summary>
internal sealed partial class WeightsCache(TimeSpan keepAlive, TimeProvider timeProvider, ILogger logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LoadedModel> models = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>Loads the model or joins its load, and holds it until the lease is disposed.</summary>
    /// <exception cref="EmbeddedModelLoadException">The model cannot be loaded.</exception>
    public async Task<ModelLease> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        LoadedModel model;
        bool wasLoaded;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!models.TryGetValue(path, out model!) || model.Loading.IsFaulted || model.Loading.IsCanceled)
            {
                model = new LoadedModel(path) { Loading = Task.Run(() => Load(path), CancellationToken.None) };
                models[path] = model;
            }

            wasLoaded = model.Loading.IsCompletedSuccessfully;
            model.Users++;
            model.IdleTimer?.Dispose();
            model.IdleTimer = null;
            model.ExpiresAt = null;
        }

        try
        {
            var weights = await model.Loading.WaitAsync(cancellationToken);
            return new ModelLease(this, model, weights, !wasLoaded, Stopwatch.GetElapsedTime(start));
        }
        catch
        {
            Release(model);
            throw;
        }
    }

    /// <summary>Lists the models whose weights are in memory now.</summary>
    public IReadOnlyList<LoadedModelState> Snapshot()
    {
        lock (gate)
        {
            return models.Values
                .Where(model => model.Loading.IsCompletedSuccessfully)
                .Select(model => new LoadedModelState
                {
                    Name = model.Name,
                    SizeBytes = (long)model.Loading.Result.SizeInBytes,
                    SizeVramBytes = 0,
                    ContextLength = model.Loading.Result.ContextSize,
                    ExpiresAt = model.ExpiresAt,
                })
                .OrderBy(state => state.Name, StringComparer.Ordinal)
                .ToList();
        }
    }

    public void Release(LoadedModel model)
    {
        lock (gate)
        {
            model.Users--;
            if (model.Users > 0)
            {
                return;
            }

            if (disposed || model.Loading.IsFaulted || model.Loading.IsCanceled)
            {
                // After Dispose, the last generation using a model releases its weights here.
                Forget(model);
                if (disposed)
                {
                    DisposeWhenLoaded(model);
                }

                return;
            }

            if (model.Loading.IsCompletedSuccessfully)
            {
                StartIdleTimer(model);
            }
        }
    }

    /// <summary>Unloads every model; weights still used by a generation are unloaded when it releases them.</summary>
    public void Dispose()
    {
        List<LoadedModel> idle;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            idle = [.. models.Values.Where(model => model.Users == 0)];
            foreach (var model in idle)
            {
                models.Remove(model.Path);
                model.IdleTimer?.Dispose();
            }
        }

        foreach (var model in idle)
        {
            DisposeWhenLoaded(model);
        }
    }

    private LLamaWeights Load(string path)
    {
        var weights = ModelLoader.Load(path);
        lock (gate)
        {
            if (models.TryGetValue(path, out var model) && model.Users == 0 && !disposed)
            {
                // Every waiting request was cancelled during the load: start the idle countdown now.
                StartIdleTimer(model);
            }
        }

        LogLoaded(logger, Path.GetFileName(path), (long)weights.SizeInBytes);
        return weights;
    }

    private void StartIdleTimer(LoadedModel model)
    {
        model.IdleTimer?.Dispose();
        model.ExpiresAt = timeProvider.GetUtcNow() + keepAlive;
        model.IdleTimer = timeProvider.CreateTimer(_ => Expire(model), null, keepAlive, Timeout.InfiniteTimeSpan);
    }

    private void Expire(LoadedModel model)
    {
        lock (gate)
        {
            if (model.Users > 0 || !models.TryGetValue(model.Path, out var current) || current != model)
            {
                return;
            }

            models.Remove(model.Path);
            model.IdleTimer?.Dispose();
        }

        DisposeWhenLoaded(model);
        LogUnloaded(logger, model.Name);
    }

    private void Forget(LoadedModel model)
    {
        if (models.TryGetValue(model.Path, out var current) && current == model)
        {
            models.Remove(model.Path);
        }
    }

    private static void DisposeWhenLoaded(LoadedModel model) =>
        model.Loading.ContinueWith(
            loading =>
            {
                if (loading.IsCompletedSuccessfully)
                {
                    loading.Result.Dispose();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded embedded model {Model} ({Bytes} bytes)")]
    private static partial void LogLoaded(ILogger logger, string model, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unloaded embedded model {Model} after its keep-alive time")]
    private static partial void LogUnloaded(ILogger logger, string model);
}

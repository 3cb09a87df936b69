using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Embedded.Engine;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Embedded;

public sealed partial class EmbeddedLlamaBackend
{
    /// <summary>
    /// Streams one generation. t0 is taken on entry: the engine has no request queue, so there is no
    /// queue time, and loading the weights is part of the request (reported as its load duration).
    /// Every failure becomes a failed outcome; nothing is thrown but argument errors.
    /// </summary>
    public async Task<GenerationOutcome> GenerateAsync(GenerationRequest request, IGenerationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(observer);

        // NOTE: the request's keep_alive and think options are Ollama's and are not applied here; Engines:Embedded:KeepAlive rules unloading.
        var start = Stopwatch.GetTimestamp();
        if (!directory.TryResolve(request.Model, out var path, out var nameError))
        {
            return Failed(start, ResultErrorKinds.InvalidRequest, nameError);
        }

        ModelLease lease;
        try
        {
            await demoModel.EnsureAsync(cancellationToken);
            lease = await cache.AcquireAsync(path, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Failed(start, ResultErrorKinds.Cancelled, $"The generation with '{request.Model}' was cancelled while its model was loading.", GenerationStatus.Cancelled);
        }
        catch (EmbeddedModelLoadException exception)
        {
            LogLoadFailed(logger, request.Model, exception.Message);
            return Failed(start, ResultErrorKinds.LoadFailed, exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogLoadFailed(logger, request.Model, exception.Message);
            var reason = exception is DllNotFoundException or TypeInitializationException or LLama.Exceptions.RuntimeError
                ? NativeLibraryError(exception)
                : $"{exception.GetType().Name}: {exception.Message}";
            return Failed(start, ResultErrorKinds.LoadFailed, $"Model '{request.Model}' could not be loaded. {reason}");
        }

        using (lease)
        {
            return await RunAsync(request, observer, lease, start, cancellationToken);
        }
    }

    private async Task<GenerationOutcome> RunAsync(GenerationRequest request, IGenerationObserver observer, ModelLease lease, long start, CancellationToken cancellationToken)
    {
        try
        {
            var trace = await Task.Run(() => GenerationRunner.Run(lease.Weights, request, options, observer, cancellationToken), CancellationToken.None);
            return GenerationOutcomeFactory.FromTrace(trace, request.Model, start, Stopwatch.GetTimestamp(), lease);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogGenerationFailed(logger, exception, request.Model);
            return Failed(start, ResultErrorKinds.ServerError, $"The embedded engine failed while generating with '{request.Model}': {exception.Message}");
        }
    }

    private static GenerationOutcome Failed(long start, string kind, string error, GenerationStatus status = GenerationStatus.Failed) => new()
    {
        Status = status,
        StartTimestamp = start,
        EndTimestamp = Stopwatch.GetTimestamp(),
        ErrorKind = kind,
        Error = error,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded model {Model} failed to load: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, string model, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded generation with {Model} failed")]
    private static partial void LogGenerationFailed(ILogger logger, Exception exception, string model);
}

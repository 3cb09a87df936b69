using System.Net;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Models;
using Benchmarker.Infrastructure.Ollama.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>
/// The Ollama server as an inference backend, reached over its native REST API. Owns every model
/// name that is not a GGUF file name.
/// </summary>
public sealed class OllamaBackend(IOllamaApi api, IOptions<OllamaOptions> options, ILogger<OllamaBackend> logger) : IInferenceBackend
{
    public const string BackendName = "ollama";

    private readonly OllamaOptions settings = options.Value;
    private readonly OllamaGenerator generator = new(api, options.Value, logger);
    private int warmedUp;

    public string Name => BackendName;

    public bool Owns(string model) =>
        !string.IsNullOrWhiteSpace(model) && !model.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase);

    public async Task<BackendStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await CallAsync(token => GetVersionAfterRootAsync(token), cancellationToken);
            return new BackendStatus(BackendName, true, version, settings.BaseUrl, null);
        }
        catch (BackendUnavailableException ex)
        {
            return new BackendStatus(BackendName, false, null, settings.BaseUrl, ex.Message);
        }
    }

    public async Task<IReadOnlyList<ModelDetails>> ListModelsAsync(CancellationToken cancellationToken)
    {
        var tags = await CallAsync(api.GetTagsAsync, cancellationToken);

        return [.. (tags.Models ?? []).Where(OllamaModelMapper.IsLocal).Select(OllamaModelMapper.ToDetails)];
    }

    public async Task<ModelDetails?> DescribeModelAsync(string model, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);

        using var show = await CallAsync(token => ShowAsync(model, token), cancellationToken);
        if (show.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!show.IsSuccessful || show.Content is null)
        {
            var status = (int?)show.StatusCode ?? 0;
            var error = show.Error is ApiException { Content: { } body } ? OllamaOutcomes.ExtractError(body, status) : show.ReasonPhrase;
            throw Unavailable($"Ollama at {settings.BaseUrl} failed to describe '{model}' (HTTP {status}): {error}");
        }

        var tags = await CallAsync(api.GetTagsAsync, cancellationToken);
        var entry = tags.Models?.FirstOrDefault(candidate => OllamaModelMapper.SameModel(model, candidate.Name ?? candidate.Model));
        return OllamaModelMapper.ToDetails(model, show.Content, entry);
    }

    public async Task<IReadOnlyList<LoadedModelState>> ListLoadedModelsAsync(CancellationToken cancellationToken)
    {
        var loaded = await CallAsync(api.GetLoadedAsync, cancellationToken);

        return [.. (loaded.Models ?? []).Select(OllamaModelMapper.ToLoaded)];
    }

    /// <summary>
    /// Opens the pooled connection with GET /api/version and runs the request serialiser and the
    /// line parser once, so neither lands in the first timed request. Runs once per backend instance.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref warmedUp) == 1)
        {
            return;
        }

        var version = await CallAsync(api.GetVersionAsync, cancellationToken);
        OllamaWarmUp.ExercisePaths();

        Volatile.Write(ref warmedUp, 1);
        OllamaLog.WarmedUp(logger, version.Version, settings.BaseUrl);
    }

    public Task<GenerationOutcome> GenerateAsync(GenerationRequest request, IGenerationObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(observer);

        return generator.GenerateAsync(request, observer, cancellationToken);
    }

    /// <summary>Calls /api/show and rethrows a send failure that Refit captured, so it is handled like those of other calls.</summary>
    private async Task<IApiResponse<OllamaShowResponse>> ShowAsync(string model, CancellationToken cancellationToken)
    {
        var response = await api.ShowAsync(new OllamaShowRequest(model), cancellationToken);
        if (!response.IsReceived && response.Error is { } error)
        {
            response.Dispose();
            throw error;
        }

        return response;
    }

    private async Task<string?> GetVersionAfterRootAsync(CancellationToken cancellationToken)
    {
        await api.GetRootAsync(cancellationToken);
        var version = await api.GetVersionAsync(cancellationToken);
        return version.Version;
    }

    /// <summary>
    /// Runs a metadata call under Ollama:MetadataTimeout and turns a refused connection, a timeout or an
    /// error status into <see cref="BackendUnavailableException"/>. The caller's own cancellation still propagates.
    /// </summary>
    private async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.MetadataTimeout);

        try
        {
            return await call(timeout.Token);
        }
        catch (Exception ex) when (OllamaOutcomes.Unwrap(ex) is OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Unavailable($"Ollama at {settings.BaseUrl} did not respond within Ollama:MetadataTimeout ({settings.MetadataTimeout}).", ex);
        }
        catch (Exception ex) when (OllamaOutcomes.Unwrap(ex) is HttpRequestException http)
        {
            throw Unavailable(OllamaOutcomes.UnreachableMessage(settings.BaseUrl, http), http);
        }
        catch (ApiException ex)
        {
            var error = OllamaOutcomes.ExtractError(ex.Content ?? string.Empty, (int)ex.StatusCode);
            throw Unavailable($"Ollama at {settings.BaseUrl} failed {ex.HttpMethod} {ex.Uri?.AbsolutePath} (HTTP {(int)ex.StatusCode}): {error}", ex);
        }
    }

    private BackendUnavailableException Unavailable(string message, Exception? inner = null) =>
        new(BackendName, settings.BaseUrl, message, inner);
}

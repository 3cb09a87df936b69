using Refit;

namespace Benchmarker.Infrastructure.Ollama.Api;

/// <summary>
/// Ollama's native REST API, implemented by Refit's source generator. The streaming methods return
/// the raw response as soon as its headers arrive, so the caller reads the NDJSON body as it is written.
/// </summary>
public interface IOllamaApi
{
    /// <summary>Liveness probe; a running server returns the text "Ollama is running".</summary>
    [Get("/")]
    Task<string> GetRootAsync(CancellationToken cancellationToken);

    [Get("/api/version")]
    Task<OllamaVersionResponse> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>Installed models.</summary>
    [Get("/api/tags")]
    Task<OllamaTagsResponse> GetTagsAsync(CancellationToken cancellationToken);

    /// <summary>Details of one model; a missing model is a 404 in the returned response, not an exception.</summary>
    [Post("/api/show")]
    Task<IApiResponse<OllamaShowResponse>> ShowAsync([Body] OllamaShowRequest request, CancellationToken cancellationToken);

    /// <summary>Models loaded in memory now.</summary>
    [Get("/api/ps")]
    Task<OllamaPsResponse> GetLoadedAsync(CancellationToken cancellationToken);

    /// <summary>Starts a streaming chat; the body is left unread for the caller, who must dispose the response.</summary>
    [Post("/api/chat")]
    Task<HttpResponseMessage> ChatAsync([Body] OllamaChatRequest request, CancellationToken cancellationToken);

    /// <summary>Starts a streaming completion; the body is left unread for the caller, who must dispose the response.</summary>
    [Post("/api/generate")]
    Task<HttpResponseMessage> GenerateAsync([Body] OllamaGenerateRequest request, CancellationToken cancellationToken);
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama.Api;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Builds the chat or generate call for a generation; the returned function sends it once per call.</summary>
internal static class OllamaRequestFactory
{
    public static Func<CancellationToken, Task<HttpResponseMessage>> Create(IOllamaApi api, GenerationRequest request)
    {
        var parameters = request.Parameters;
        var options = ToOptions(parameters);

        if (parameters.Endpoint == GenerationEndpoint.Generate)
        {
            var body = new OllamaGenerateRequest(request.Model, request.Prompt)
            {
                Options = options,
                KeepAlive = parameters.KeepAlive,
                Think = parameters.Think,
            };
            return cancellationToken => api.GenerateAsync(body, cancellationToken);
        }

        var chat = new OllamaChatRequest(request.Model, [new OllamaMessage("user", request.Prompt)])
        {
            Options = options,
            KeepAlive = parameters.KeepAlive,
            Think = parameters.Think,
        };
        return cancellationToken => api.ChatAsync(chat, cancellationToken);
    }

    /// <summary>Returns the options that were set, or null when none was, so the server defaults apply.</summary>
    public static OllamaRequestOptions? ToOptions(GenerationParameters parameters)
    {
        var options = new OllamaRequestOptions
        {
            Temperature = parameters.Temperature,
            TopK = parameters.TopK,
            TopP = parameters.TopP,
            Seed = parameters.Seed,
            NumPredict = parameters.NumPredict,
            NumCtx = parameters.NumCtx,
            Stop = parameters.Stop is { Count: > 0 } ? parameters.Stop : null,
        };

        return options == new OllamaRequestOptions() ? null : options;
    }
}

using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Benchmarker.WebApi.OpenApi;

/// <summary>
/// Declares error responses as <c>application/problem+json</c>, the content type the host sends.
/// NSwag lists every response of a minimal API endpoint as <c>application/json</c>, whatever
/// <c>ProducesProblem</c> declared.
/// </summary>
internal sealed class ProblemContentTypeProcessor : IOperationProcessor
{
    public const string ProblemJson = "application/problem+json";

    public bool Process(OperationProcessorContext context)
    {
        foreach (var (status, response) in context.OperationDescription.Operation.Responses)
        {
            if (!int.TryParse(status, out var code) || code < 400 || !response.Content.Remove("application/json", out var mediaType))
            {
                continue;
            }

            response.Content[ProblemJson] = mediaType;
        }

        return true;
    }
}

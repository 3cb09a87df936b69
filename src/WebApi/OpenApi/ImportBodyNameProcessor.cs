using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Benchmarker.WebApi.OpenApi;

/// <summary>
/// Names the import body "documents". The endpoint reads its body itself and declares it as
/// <c>object</c>, which NSwag would otherwise name after the type, giving the generated client a
/// parameter called <c>@object</c>.
/// </summary>
internal sealed class ImportBodyNameProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        if (operation.OperationId == "ImportRuns" && operation.RequestBody is { } body)
        {
            body.Name = "documents";
            body.Description = "One run document (a JSON object) or an array of them.";
        }

        return true;
    }
}

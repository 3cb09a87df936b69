using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using Benchmarker.WebApi.Import;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>Import of runs written by an export, another store or the original Python tool.</summary>
internal static class ImportEndpoints
{
    public static WebApplication MapImportEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/benchmarks").WithTags("Benchmarks");

        // The handler reads the body itself, so a body that is neither an object nor an array gets a
        // 400 naming the problem. Accepts declares that body in the OpenAPI document.
        // ImportBodyNameProcessor names that body "documents" in the document.
        group.MapPost("/import", ImportRuns)
            .WithName(nameof(ImportRuns))
            .WithSummary("Stores run documents (one JSON object or an array of them) and reports each one as imported, already_present, queued or rejected.")
            .Accepts<object>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    public static async Task<Ok<ImportRunsReport>> ImportRuns(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        using var body = await ImportRequestBody.ReadAsync(request, cancellationToken);
        var report = await sender.Send(new ImportRunsCommand(body.Documents), cancellationToken);
        return TypedResults.Ok(report);
    }
}

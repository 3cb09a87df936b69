using Benchmarker.Application.Benchmarks.Queries.CompareModels;
using Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>Downloads of the stored runs and statistics across them.</summary>
internal static class ExportEndpoints
{
    public static WebApplication MapExportEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/benchmarks").WithTags("Benchmarks");

        group.MapGet("/export", ExportBenchmarks)
            .WithName(nameof(ExportBenchmarks))
            .WithSummary("Downloads the runs matching the history's filters as CSV (one row per model result) or JSON.")
            .ProducesValidationProblem()

            // A download, not a JSON body: the document generator would describe it as JSON, so
            // docs/ui.md describes this route instead.
            .ExcludeFromDescription();

        group.MapGet("/compare", CompareModels)
            .WithName(nameof(CompareModels))
            .WithSummary("Statistics per model (count, min, max, mean, median, p90, p99, standard deviation, 95 % confidence interval) with excluded results counted by reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<IResult> ExportBenchmarks(
        ISender sender,
        IOptions<JsonOptions> json,
        TimeProvider timeProvider,
        CancellationToken cancellationToken,
        string format = "csv",
        string? model = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        bool? success = null,
        string? sort = null,
        string? prompt = null)
    {
        var export = await sender.Send(new ExportBenchmarksQuery(format, model, from, to, success, sort, prompt), cancellationToken);
        var name = $"benchmarks-{timeProvider.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}";

        return export.Format == ExportFormat.Json
            ? new JsonExportResult(export.Runs, json.Value.SerializerOptions, name + ".json")
            : new CsvExportResult(export.Runs, name + ".csv");
    }

    public static async Task<Ok<ModelComparison>> CompareModels(
        ISender sender,
        CancellationToken cancellationToken,
        [FromQuery(Name = "models")] string[]? models = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        [FromQuery(Name = "run_ids")] string[]? runIds = null,
        [FromQuery(Name = "include_flagged")] bool includeFlagged = false)
    {
        var query = new CompareModelsQuery(models, from, to, runIds, includeFlagged);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }
}

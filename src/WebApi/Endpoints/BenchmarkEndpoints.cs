using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkById;
using Benchmarker.Application.Benchmarks.Queries.GetBenchmarkHistory;
using Benchmarker.Domain.Benchmarks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>Runs and their history. Each handler binds, sends one message and returns its result.</summary>
internal static class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/benchmarks").WithTags("Benchmarks");

        group.MapPost("/run", RunBenchmark)
            .WithName(nameof(RunBenchmark))
            .WithSummary("Runs the prompt on every model, stores the run and returns it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/history", GetBenchmarkHistory)
            .WithName(nameof(GetBenchmarkHistory))
            .WithSummary("Lists stored runs, newest first unless sorted otherwise.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/history/{id}", GetBenchmarkById)
            .WithName(nameof(GetBenchmarkById))
            .WithSummary("Returns one stored run.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    public static async Task<Ok<BenchmarkRun>> RunBenchmark(RunBenchmarkCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    public static async Task<Ok<HistoryPage>> GetBenchmarkHistory(
        ISender sender,
        CancellationToken cancellationToken,
        int limit = 50,
        int offset = 0,
        string? model = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        bool? success = null,
        string? sort = null,
        string? prompt = null,
        string? cursor = null)
    {
        var query = new GetBenchmarkHistoryQuery(limit, offset, model, from, to, success, sort, prompt, cursor);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    public static async Task<Ok<BenchmarkRun>> GetBenchmarkById([FromRoute] string id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetBenchmarkByIdQuery(id), cancellationToken));
}

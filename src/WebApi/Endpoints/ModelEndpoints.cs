using Benchmarker.Application.Models.Queries.ListModels;
using Benchmarker.Application.Systems.Queries.GetSystemInfo;
using Benchmarker.Domain.Systems;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>What can be benchmarked, and on which machine.</summary>
internal static class ModelEndpoints
{
    public static WebApplication MapModelEndpoints(this WebApplication app)
    {
        app.MapGet("/api/models", ListModels)
            .WithTags("Models")
            .WithName(nameof(ListModels))
            .WithSummary("Lists the models of every backend, with each backend's status.")
            .ProducesProblem(StatusCodes.Status502BadGateway);

        return app;
    }

    public static WebApplication MapSystemEndpoints(this WebApplication app)
    {
        app.MapGet("/api/system", GetSystemInfo)
            .WithTags("System")
            .WithName(nameof(GetSystemInfo))
            .WithSummary("Returns the operating system, CPU, memory, GPUs and .NET version as read now.");

        return app;
    }

    public static async Task<Ok<ModelCatalog>> ListModels(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListModelsQuery(), cancellationToken));

    public static async Task<Ok<SystemInfo>> GetSystemInfo(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSystemInfoQuery(), cancellationToken));
}

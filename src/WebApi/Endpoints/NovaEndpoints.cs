using Benchmarker.Application.Nova.Commands.AskNova;
using Benchmarker.Application.Nova.Commands.DeleteNovaSession;
using Benchmarker.Application.Nova.Queries.GetNovaSession;
using Benchmarker.Application.Nova.Queries.ListNovaSessions;
using Benchmarker.Domain.Nova;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>
/// Ask Nova routes. Each handler binds the request, sends one mediator message and returns its result.
/// Errors are exceptions that the host's exception handler turns into ProblemDetails: 400 for validation,
/// 404 for an unknown session, 502 for a model failing mid-pipeline or an unreachable backend.
/// </summary>
public static class NovaEndpoints
{
    public static WebApplication MapNovaEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        var group = app.MapGroup("/api/nova").WithTags("Nova");

        group.MapPost("/ask", AskNova)
            .WithName(nameof(AskNova))
            .WithSummary("Answers a prompt through planner, experts, critic and synthesis, and continues or starts a session.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/sessions", ListNovaSessions)
            .WithName(nameof(ListNovaSessions))
            .WithSummary("Lists sessions, most recently updated first.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/sessions/{id}", GetNovaSession)
            .WithName(nameof(GetNovaSession))
            .WithSummary("Returns a session with its messages.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapDelete("/sessions/{id}", DeleteNovaSession)
            .WithName(nameof(DeleteNovaSession))
            .WithSummary("Deletes a session.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    public static async Task<Ok<NovaAnswer>> AskNova(AskNovaCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    public static async Task<Ok<IReadOnlyList<NovaSessionSummary>>> ListNovaSessions(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListNovaSessionsQuery(), cancellationToken));

    public static async Task<Ok<NovaSession>> GetNovaSession(string id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetNovaSessionQuery(id), cancellationToken));

    public static async Task<NoContent> DeleteNovaSession(string id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteNovaSessionCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}

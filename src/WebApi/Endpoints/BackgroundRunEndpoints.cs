using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Benchmarker.Application.Benchmarks.Background;
using Benchmarker.Application.Benchmarks.Commands.CancelBackgroundRun;
using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Benchmarks.Commands.StartBackgroundRun;
using Benchmarker.Application.Benchmarks.Queries.WatchBackgroundRun;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>
/// Runs started in the background: start (202 with the events URL in Location), watch as server-sent
/// events, cancel. Each handler sends one message and maps its outcome to a status.
/// </summary>
internal static class BackgroundRunEndpoints
{
    public static WebApplication MapBackgroundRunEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/benchmarks").WithTags("Background runs");

        group.MapPost("", StartBackgroundRun)
            .WithName(nameof(StartBackgroundRun))
            .WithSummary("Checks the request like /run, starts the run in the background and returns its id; Location is its event stream.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway);

        group.MapGet("/{id}/events", WatchBackgroundRun)
            .WithName(nameof(WatchBackgroundRun))
            .WithSummary("Streams the run's events as server-sent events, past ones first; Last-Event-ID resumes after that event.")
            .ProducesProblem(StatusCodes.Status404NotFound)

            // The document generator describes any 200 body as JSON, which would give the C# client a
            // method that cannot read an event stream. docs/ui.md describes this route instead.
            .ExcludeFromDescription();

        group.MapPost("/{id}/cancel", CancelBackgroundRun)
            .WithName(nameof(CancelBackgroundRun))
            .WithSummary("Stops a background run; finished models are kept and the run is stored as cancelled.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    public static async Task<Results<Accepted<BackgroundRunAccepted>, ProblemHttpResult>> StartBackgroundRun(
        RunBenchmarkCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var start = await sender.Send(new StartBackgroundRunCommand(command), cancellationToken);

        if (start.RunId is not { } id)
        {
            var seconds = (int)Math.Ceiling((start.RetryAfter ?? BackgroundRunStart.BusyRetryAfter).TotalSeconds);
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many runs at once.",
                detail: $"The most runs allowed at the same time (Benchmark:MaxConcurrentRuns) are already running. Try again in {seconds} seconds.");
        }

        var events = $"/api/benchmarks/{id}/events";
        return TypedResults.Accepted(events, new BackgroundRunAccepted(id, events, $"/api/benchmarks/{id}/cancel", $"/api/benchmarks/history/{id}"));
    }

    public static async Task<ServerSentEventsResult<string>> WatchBackgroundRun(
        string id,
        [FromHeader(Name = "Last-Event-ID")] long? lastEventId,
        ISender sender,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var events = await sender.Send(new WatchBackgroundRunQuery(id, lastEventId ?? 0), cancellationToken);

        return TypedResults.ServerSentEvents(ToItems(events, json.Value.SerializerOptions, cancellationToken));
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> CancelBackgroundRun(string id, ISender sender, CancellationToken cancellationToken)
    {
        var outcome = await sender.Send(new CancelBackgroundRunCommand(id), cancellationToken);

        return outcome switch
        {
            CancelOutcome.Cancelling => TypedResults.Accepted($"/api/benchmarks/{id}/events"),
            CancelOutcome.AlreadyFinished => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The run has already finished.",
                detail: $"Background run '{id}' has already finished; its results are in the history."),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found.",
                detail: $"Background run '{id}' was not found; finished runs are forgotten here after {BackgroundRunRegistry.Retention.TotalMinutes} minutes, but stay in the history."),
        };
    }

    private static async IAsyncEnumerable<SseItem<string>> ToItems(
        IAsyncEnumerable<RunEvent> events, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in events.WithCancellation(cancellationToken))
        {
            var data = JsonSerializer.Serialize(entry.Data, entry.Data.GetType(), options);
            yield return new SseItem<string>(data, entry.Type) { EventId = entry.Id.ToString(CultureInfo.InvariantCulture) };
        }
    }
}

/// <summary>Where to follow, cancel and later read an accepted background run.</summary>
public sealed record BackgroundRunAccepted(string Id, string Events, string Cancel, string Run);

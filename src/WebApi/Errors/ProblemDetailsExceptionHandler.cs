using System.Text.Json;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Nova;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Benchmarker.WebApi.Errors;

/// <summary>
/// Maps the exceptions the use cases raise on purpose to ProblemDetails. Expected failures are
/// logged as warnings without stack traces; anything else is a 500 logged with its stack trace.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetailsService,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected, so no response can reach it.
            return true;
        }

        var problem = ProblemFor(exception, httpContext);
        if (problem is null)
        {
            LogUnexpected(logger, httpContext.Request.Path, exception);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error has been logged; quote the traceId when you report it.",
            };
        }
        else
        {
            LogExpected(logger, httpContext.Request.Path, problem.Status ?? 0, problem.Detail ?? exception.Message);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (exception is TooManyRunsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails? ProblemFor(Exception exception, HttpContext httpContext) => exception switch
    {
        ValidationException validation => ValidationProblems.From(validation),
        BadHttpRequestException badRequest => ParameterBindingProblems.TryCreate(badRequest, FailedEndpoint(httpContext)) ?? BadRequestProblem(badRequest),
        NotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found.",
            Detail = notFound.Message,
        },
        BackendUnavailableException backend => new ProblemDetails
        {
            Status = StatusCodes.Status502BadGateway,
            Title = $"The {backend.Backend} backend is unavailable.",
            Detail = backend.Message,
            Extensions = { ["backend"] = backend.Backend, ["location"] = backend.Location },
        },
        NovaPipelineException nova => NovaProblems.From(nova),
        TooManyRunsException busy => new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many runs at once.",
            Detail = busy.Message,
        },
        StorageUnavailableException storage => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage is unavailable.",
            Detail = storage.Message,
        },
        _ => null,
    };

    /// <summary>The endpoint that threw. The exception handler middleware clears the context's own endpoint before handlers run.</summary>
    private static Endpoint? FailedEndpoint(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();

    /// <summary>A body that is not valid JSON, or a value of the wrong type, named by its JSON path.</summary>
    private static ProblemDetails BadRequestProblem(BadHttpRequestException exception)
    {
        var detail = exception.InnerException is JsonException json
            ? JsonErrorDescriber.Describe(json)
            : exception.Message;

        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = "The request is malformed.",
            Detail = detail,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Path} failed with {Status}: {Reason}")]
    private static partial void LogExpected(ILogger logger, string path, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string path, Exception exception);
}

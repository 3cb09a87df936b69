using Benchmarker.Application.Nova;
using Microsoft.AspNetCore.Mvc;

namespace Benchmarker.WebApi.Errors;

/// <summary>A model that failed inside the Ask Nova pipeline: 502, with the steps completed before it.</summary>
internal static class NovaProblems
{
    public static ProblemDetails From(NovaPipelineException exception) => new()
    {
        Status = StatusCodes.Status502BadGateway,
        Title = "The model failed during the Ask Nova pipeline.",
        Detail = exception.Message,
        Extensions =
        {
            ["failed_step"] = exception.FailedStep,
            ["model"] = exception.Model,
            ["reason"] = exception.Reason,
            ["error_kind"] = exception.ErrorKind,
            ["steps"] = exception.CompletedSteps,
            ["chain_of_thought"] = exception.CompletedSteps.Select(step => step.ToChainLine()).ToList(),
        },
    };
}

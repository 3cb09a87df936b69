using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Benchmarker.WebApi.Errors;

/// <summary>Turns validation failures into a 400 whose <c>errors</c> keys are the JSON names the client sent.</summary>
internal static class ValidationProblems
{
    public static ValidationProblemDetails From(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(failure => ToJsonPath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

        return FromErrors(errors);
    }

    /// <summary>The 400 for errors already keyed by the names the client sent.</summary>
    public static ValidationProblemDetails FromErrors(IDictionary<string, string[]> errors)
    {
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = "Fix the fields listed in errors and send the request again.",
        };
    }

    /// <summary>"Parameters.TopK" becomes "parameters.top_k"; "Models[2]" becomes "models[2]".</summary>
    internal static string ToJsonPath(string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return "body";
        }

        var segments = propertyName.Split('.');
        return string.Join('.', segments.Select(ToJsonName));
    }

    private static string ToJsonName(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(segment)
            : JsonNamingPolicy.SnakeCaseLower.ConvertName(segment[..bracket]) + segment[bracket..];
    }
}

using System.Diagnostics;
using System.Text.Json;
using FluentValidation;

namespace Benchmarker.WebApi.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error response is RFC 9457 ProblemDetails carrying the trace id, so a user can quote it.</summary>
    public static IServiceCollection AddBenchmarkerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;

            // ASP.NET Core adds its own trace id under the JSON naming policy ("trace_id", in
            // traceparent form). One id is enough: the bare trace id that logs and traces show.
            context.ProblemDetails.Extensions.Remove("trace_id");
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;

            // The framework fills in a type for most statuses but not for 429, which RFC 6585 defines.
            if (context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests)
            {
                context.ProblemDetails.Type ??= "https://tools.ietf.org/html/rfc6585#section-4";
            }

            // A body that is not labelled JSON reaches this point only from a browser or another
            // client that sends an Origin header (see CurlJsonBodyMiddleware), so name the header.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "Send the body as JSON with the header 'Content-Type: application/json' (with curl: -H 'Content-Type: application/json').";
            }
        });

        // Validation messages name fields as the client wrote them ("num_ctx"), not as C# does ("NumCtx").
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // By default minimal APIs throw binding failures only in Development. Elsewhere they return
        // a bare 400 that does not name the malformed field, so throwing lets the handler name it.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        return services;
    }
}

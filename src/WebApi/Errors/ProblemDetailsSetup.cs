using System.Diagnostics;

namespace Benchmarker.WebApi.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error response is RFC 9457 ProblemDetails carrying the trace id, so a user can quote it.</summary>
    public static IServiceCollection AddBenchmarkerProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Minimal APIs throw binding failures only in Development by default; elsewhere they answer
        // a bare 400 that never says which field was malformed. Throwing lets the handler name it.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        return services;
    }
}

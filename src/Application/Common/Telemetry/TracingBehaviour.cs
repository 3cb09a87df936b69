using System.Diagnostics;
using Mediator;

namespace Benchmarker.Application.Common.Telemetry;

/// <summary>
/// Starts one span per mediator message, named after the message type, so a request's trace shows
/// which use case ran and how long it took. The spans of the run, models and backend calls nest
/// under it. It is registered first, so it also covers logging and validation. Message contents are
/// never recorded.
/// </summary>
internal sealed class TracingBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);

        using var activity = BenchmarkerTelemetry.ActivitySource.StartActivity(MessageName);
        activity?.SetTag(TelemetryNames.MessageType, MessageName);

        try
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }
}

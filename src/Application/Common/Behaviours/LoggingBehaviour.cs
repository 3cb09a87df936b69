using System.Diagnostics;
using Benchmarker.Application.Common.Exceptions;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Common.Behaviours;

/// <summary>
/// Logs each message's name, duration and outcome. Expected failures are warnings without stack traces;
/// anything else is an error with one. Message contents (prompts) are never logged.
/// </summary>
internal sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);

        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        BehaviourLog.Handling(logger, name);

        try
        {
            var response = await next(message, cancellationToken).ConfigureAwait(false);
            BehaviourLog.Handled(logger, name, Elapsed(started));
            return response;
        }
        catch (Exception exception) when (IsExpected(exception))
        {
            BehaviourLog.Rejected(logger, name, Elapsed(started), exception.GetType().Name, exception.Message);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            BehaviourLog.Cancelled(logger, name, Elapsed(started));
            throw;
        }
        catch (Exception exception)
        {
            BehaviourLog.Failed(logger, exception, name, Elapsed(started));
            throw;
        }
    }

    private static bool IsExpected(Exception exception) =>
        exception is ValidationException or NotFoundException or BackendUnavailableException or StorageUnavailableException;

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

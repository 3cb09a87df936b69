using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Common.Behaviours;

/// <summary>Log messages of the mediator pipeline.</summary>
internal static partial class BehaviourLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {MessageName}")]
    public static partial void Handling(ILogger logger, string messageName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {MessageName} in {ElapsedMilliseconds:F1} ms")]
    public static partial void Handled(ILogger logger, string messageName, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageName} was rejected after {ElapsedMilliseconds:F1} ms ({ExceptionType}): {Reason}")]
    public static partial void Rejected(ILogger logger, string messageName, double elapsedMilliseconds, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageName} was cancelled by the caller after {ElapsedMilliseconds:F1} ms")]
    public static partial void Cancelled(ILogger logger, string messageName, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageName} failed after {ElapsedMilliseconds:F1} ms")]
    public static partial void Failed(ILogger logger, Exception exception, string messageName, double elapsedMilliseconds);
}

using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Log messages of a run. Prompts and responses are never logged here.</summary>
internal static partial class ExecutorLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Benchmark run {RunId} started: {ModelCount} models, {Mode} mode")]
    public static partial void RunStarted(ILogger logger, string runId, int modelCount, string mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Benchmark run {RunId} finished: {FailedCount} of {ModelCount} models failed, cancelled {Cancelled}")]
    public static partial void RunFinished(ILogger logger, string runId, int failedCount, int modelCount, bool cancelled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Model} on {Backend} failed in run {RunId} ({ErrorKind}): {Error}")]
    public static partial void ModelFailed(ILogger logger, string model, string backend, string runId, string? errorKind, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backend {Backend} threw unexpectedly for model {Model} in run {RunId}")]
    public static partial void BackendThrew(ILogger logger, Exception exception, string backend, string model, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} continues without {Step}: {Reason}")]
    public static partial void StepFailed(ILogger logger, string runId, string step, string reason);
}

using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>Log messages of the stores.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Run index of {Directory} built: {Count} runs, {ReadCount} files read, {LeftoverCount} temporary files deleted")]
    public static partial void IndexBuilt(ILogger logger, string directory, int count, int readCount, int leftoverCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Run file {FileName} skipped: {Reason}")]
    public static partial void UnreadableRunFile(ILogger logger, string fileName, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Run id {RunId} is stored in both {OlderFile} and {NewerFile}; the newer file wins")]
    public static partial void DuplicateRunId(ILogger logger, string runId, string olderFile, string newerFile);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Saving run {RunId} failed ({Reason}); the run was written to the outbox {OutboxDirectory} and will be replayed")]
    public static partial void RunSpooled(ILogger logger, string runId, string reason, string outboxDirectory);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Outbox replay saved {Count} runs; {Remaining} remain")]
    public static partial void OutboxReplayed(ILogger logger, int count, int remaining);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Outbox replay stopped at run file {FileName}: {Reason}")]
    public static partial void OutboxReplayFailed(ILogger logger, string fileName, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Saving the run index to {Path} failed: {Reason}")]
    public static partial void IndexSaveFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Outbox run file {FileName} skipped: it cannot be saved, so it stays in {OutboxDirectory} for inspection")]
    public static partial void OutboxRunSkipped(ILogger logger, Exception error, string fileName, string outboxDirectory);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Error, Message = "Outbox replay failed; the next replay starts in {Interval}")]
    public static partial void OutboxReplayCrashed(ILogger logger, Exception error, TimeSpan interval);
}

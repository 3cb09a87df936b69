using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Background;

/// <summary>
/// Turns the executor's progress calls into events of one run's log. <paramref name="beforeFinish"/> runs just
/// before run_finished is sent, so the run's concurrency slot is free by the time a client reads that event.
/// </summary>
internal sealed class RunEventObserver(RunEventLog log, Action beforeFinish) : IRunObserver
{
    public void OnRunStarted(BenchmarkPlan plan) =>
        log.Append(RunEventTypes.Started, new RunStartedData(plan.RunId, plan.Models, plan.Mode));

    public void OnModelStarted(string model) =>
        log.Append(RunEventTypes.ModelStarted, new ModelStartedData(model));

    public void OnFirstToken(string model, double timeToFirstToken) =>
        log.Append(RunEventTypes.FirstToken, new FirstTokenData(model, timeToFirstToken));

    public void OnChunk(string model, GenerationChunk chunk) =>
        log.Append(RunEventTypes.Chunk, new ChunkData(model, chunk.Text, ChannelName(chunk.Channel)));

    public void OnModelFinished(ModelResult result) =>
        log.Append(RunEventTypes.ModelFinished, new ModelFinishedData(result.Model, result));

    public void OnModelFailed(ModelResult result) =>
        log.Append(RunEventTypes.ModelFailed, new ModelFailedData(result.Model, result.Error ?? "The model failed without a reason.", result.ErrorKind, result));

    public void OnRunFinished(BenchmarkRun run)
    {
        beforeFinish();
        log.Append(RunEventTypes.RunFinished, new RunFinishedData(run.Id, run.Success, run.Cancelled, null, run.Persisted ?? true, run.Warnings ?? []));
    }

    private static string ChannelName(ChunkChannel channel) => channel switch
    {
        ChunkChannel.Thinking => "thinking",
        ChunkChannel.ToolCall => "tool_call",
        _ => "content",
    };
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Runs one model call of the pipeline and records it as a step. A generation that does not
/// complete ends the pipeline with a <see cref="NovaPipelineException"/> carrying the steps so far;
/// a cancelled request ends it with <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class NovaModelCaller(IInferenceBackend backend, string model, GenerationParameters parameters, NovaStepLog log)
{
    public string Model { get; } = model;

    public async Task<NovaStep> CallAsync(NovaStepInfo info, string prompt, CancellationToken cancellationToken)
    {
        var request = new GenerationRequest(Model, prompt, parameters);
        var started = Stopwatch.GetTimestamp();

        GenerationOutcome outcome;
        try
        {
            outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, cancellationToken);
        }
        catch (BackendUnavailableException exception)
        {
            throw Failure(info, exception.Message, ResultErrorKinds.Unreachable, exception);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (outcome.Status == GenerationStatus.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (outcome.Status != GenerationStatus.Completed)
        {
            var reason = outcome.Error ?? $"the generation ended with status {outcome.Status}";
            throw Failure(info, reason, outcome.ErrorKind, null);
        }

        var output = string.Concat(outcome.Chunks.Where(c => c.Channel == ChunkChannel.Content).Select(c => c.Text));
        var step = new NovaStep(
            info.Agent,
            info.Role,
            info.Label,
            info.Iteration,
            TextExcerpt.Summary(info.InputSummary),
            output.Trim(),
            elapsed.TotalMilliseconds,
            outcome.Stats?.PromptEvalCount,
            outcome.Stats?.EvalCount,
            outcome.Stats?.EvalDuration,
            IsModelCall: true);

        log.Add(step);
        return step;
    }

    private NovaPipelineException Failure(NovaStepInfo info, string reason, string? errorKind, Exception? inner)
    {
        var failed = info.Agent == NovaAgents.Expert ? $"{info.Agent} ({info.Label})" : $"{info.Agent} ({info.Role})";
        return new NovaPipelineException(log.Steps, failed, Model, reason, errorKind, inner);
    }
}

/// <summary>What a step is, before it runs: <see cref="InputSummary"/> is cut to 200 characters.</summary>
internal sealed record NovaStepInfo(string Agent, string Role, string? Label, int? Iteration, string InputSummary);

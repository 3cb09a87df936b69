using System.Diagnostics;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Runs the Nova pipeline: memory, planner (DCE), one call per expert, critic (CAE), further
/// rounds of revision and critique while the critique still requests improvements, then the
/// synthesis (DCE), whose output is the answer.
/// </summary>
public sealed partial class NovaOrchestrator(IOptions<NovaOptions> options, ILogger<NovaOrchestrator> logger)
{
    private const string NoAnswerReason =
        "the model completed but returned no answer text (a reasoning model may have spent max_tokens on thinking); raise parameters.max_tokens or choose another model";

    internal async Task<NovaRunResult> RunAsync(NovaRunRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var meter = new ProcessUsageMeter();
        var log = new NovaStepLog(meter);
        var parameters = new GenerationParameters { Temperature = request.Temperature, NumPredict = request.MaxTokens };
        var caller = new NovaModelCaller(request.Backend, request.Model, parameters, log);

        var memory = RecordMemory(request, log);

        var plannerTask = request.RequestedExperts is { Count: > 0 } ? "Unpack the problem for the requested experts" : "Unpack the problem and choose experts";
        var plannerInfo = new NovaStepInfo(NovaAgents.Planner, NovaAgents.DiscussionContinuityRole, null, null, $"{plannerTask}: {request.Prompt}");
        var plan = await caller.CallAsync(plannerInfo, NovaPrompts.Planner(request.Prompt, memory.ToPromptBlock(), request.RequestedExperts), cancellationToken);
        var experts = SelectExperts(request.RequestedExperts, plan.Output, log);

        var panel = new NovaPanel(caller, request.Prompt);
        var round = await panel.RunAsync(experts.Experts, plan.Output, request.Iterations, cancellationToken);

        var synthesisInfo = new NovaStepInfo(NovaAgents.Synthesis, NovaAgents.DiscussionContinuityRole, null, null, $"Final answer from {round.Contributions.Count} contributions and the critique: {request.Prompt}");
        var synthesisPrompt = NovaPrompts.Synthesis(request.Prompt, memory.ToPromptBlock(), round.Contributions, round.Critique);
        var synthesis = await caller.CallAsync(synthesisInfo, synthesisPrompt, cancellationToken);
        if (synthesis.Output.Length == 0)
        {
            throw new NovaPipelineException(log.Steps, synthesis.DisplayName, request.Model, NoAnswerReason, null);
        }

        var steps = log.Steps;
        var progress = new NovaRunProgress(experts, round.IterationsDone);
        var metrics = NovaMetricsCalculator.Calculate(request, progress, steps, Stopwatch.GetElapsedTime(started), meter.Stop());
        return new NovaRunResult(synthesis.Output, steps, metrics);
    }

    private MemoryWindow RecordMemory(NovaRunRequest request, NovaStepLog log)
    {
        var started = Stopwatch.GetTimestamp();
        var window = MemoryWindow.Select(request.History, options.Value.MemoryCharacterBudget);
        var summary = $"{request.History.Count} earlier messages of the session, budget {window.Budget} characters";

        log.Add(new NovaStep(NovaAgents.Memory, NovaAgents.MemoryRole, null, null, summary, window.Describe(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, null, null, null, IsModelCall: false));
        return window;
    }

    private ExpertSelection SelectExperts(IReadOnlyList<string>? requested, string plannerOutput, NovaStepLog log)
    {
        if (requested is { Count: > 0 })
        {
            return new ExpertSelection([.. requested.Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)], ExpertSource.Requested);
        }

        var parsed = ExpertListParser.Parse(plannerOutput);
        if (parsed.Count > 0)
        {
            return new ExpertSelection(parsed, ExpertSource.Planner);
        }

        var fallback = ExpertListParser.FallbackExperts;
        LogPlannerFallback(logger, string.Join("; ", fallback));
        log.AnnotateLast($"The planner named no usable experts, so the fallback panel was used: {string.Join("; ", fallback)}.");
        return new ExpertSelection(fallback, ExpertSource.Fallback);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Nova planner named no usable experts; using the fallback panel {Experts}")]
    private static partial void LogPlannerFallback(ILogger logger, string experts);
}

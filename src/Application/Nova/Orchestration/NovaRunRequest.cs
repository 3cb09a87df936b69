using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Nova;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// One pass through the pipeline on a resolved model. <see cref="RequestedExperts"/>, when given,
/// replace the planner's choice. <see cref="History"/> is the session's messages before this prompt.
/// </summary>
internal sealed record NovaRunRequest(
    string Prompt,
    IInferenceBackend Backend,
    string Model,
    int Iterations,
    double? Temperature,
    int MaxTokens,
    IReadOnlyList<string>? RequestedExperts,
    IReadOnlyList<NovaMessage> History);

/// <summary>The final answer, every step in order, and the metrics of the run.</summary>
internal sealed record NovaRunResult(string Text, IReadOnlyList<NovaStep> Steps, NovaMetrics Metrics);

/// <summary>What the pipeline decided on the way: the experts and how many iterations ran.</summary>
internal sealed record NovaRunProgress(ExpertSelection Experts, int IterationsDone);

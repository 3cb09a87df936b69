namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// Measurements of one Ask Nova request. Durations are milliseconds from a monotonic clock. Token
/// sums add what the backend reported and are null when no step reported any. Tokens per second
/// is completion tokens over the server's decode time, summed over the steps that reported both,
/// and null when none did or their decode time is under 1 ms.
/// </summary>
public sealed record NovaMetrics(
    double TotalMs,
    double ModelCallsMs,
    string Model,
    string Backend,
    int ModelCalls,
    int? PromptTokens,
    int? CompletionTokens,
    double? TokensPerSecond,
    int IterationsRequested,
    int IterationsDone,
    IReadOnlyList<string> Experts,
    ExpertSource ExpertSource,
    IReadOnlyList<string> AgentsUsed,
    IReadOnlyList<NovaStepMetrics> Steps,
    ProcessUsage Process);

/// <summary>Time and tokens of one step; <see cref="Step"/> is its chain-of-thought name.</summary>
public sealed record NovaStepMetrics(string Step, int? Iteration, double DurationMs, int? PromptTokens, int? CompletionTokens);

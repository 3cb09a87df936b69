namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// One step of the Nova pipeline. <see cref="Label"/> is the expert's name for expert steps and
/// null otherwise. Token counts are the backend's report and null when it sent none.
/// <see cref="EvalSeconds"/> is the server's decode time, used for the tokens-per-second rate.
/// </summary>
public sealed record NovaStep(
    string Agent,
    string Role,
    string? Label,
    int? Iteration,
    string InputSummary,
    string Output,
    double DurationMs,
    int? PromptTokens,
    int? CompletionTokens,
    double? EvalSeconds,
    bool IsModelCall)
{
    /// <summary>A remark by the program about the step, for example that the fallback experts were used.</summary>
    public string? Note { get; init; }

    /// <summary>Name of the step in the chain of thought: "ExpertAgent (Software Architect)", "CriticAgent (CAE)", "MemoryAgent".</summary>
    public string DisplayName => Agent == NovaAgents.Memory ? Agent : $"{Agent} ({Label ?? Role})";

    /// <summary>The step as one readable line of the chain of thought.</summary>
    public string ToChainLine() => Note is null ? $"{DisplayName}: {Output}" : $"{DisplayName}: {Output}\n[{Note}]";
}

using Benchmarker.Application.Nova.Orchestration;
using Mediator;

namespace Benchmarker.Application.Nova.Commands.AskNova;

/// <summary>
/// Answers a prompt through the Nova pipeline and stores the exchange in a session. Without
/// <see cref="SessionId"/>, or with a well-formed id that does not exist yet, a new session is made.
/// </summary>
public sealed record AskNovaCommand(string Prompt, string? SessionId = null, NovaParameters? Parameters = null) : ICommand<NovaAnswer>;

/// <summary>
/// Options of one Ask Nova request; null values take the defaults: the configured or first
/// available model, 1 iteration, the model's temperature, <c>Nova:DefaultMaxTokens</c> per step,
/// and experts chosen by the planner.
/// </summary>
public sealed record NovaParameters
{
    public string? Model { get; init; }

    /// <summary>Rounds of expert contributions and critique, 1 to 3.</summary>
    public int? Iterations { get; init; }

    public double? Temperature { get; init; }

    /// <summary>Maximum tokens each model call may generate.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Expert names that replace the planner's choice, at most 5.</summary>
    public IReadOnlyList<string>? Experts { get; init; }
}

/// <summary>The final answer, the steps that produced it as readable lines, the metrics and the session id.</summary>
public sealed record NovaAnswer(string Text, IReadOnlyList<string> ChainOfThought, NovaMetrics Metrics, string SessionId);

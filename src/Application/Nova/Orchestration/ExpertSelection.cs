namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>The experts a run uses and where they came from.</summary>
public sealed record ExpertSelection(IReadOnlyList<string> Experts, ExpertSource Source);

/// <summary>Where the experts of a run came from.</summary>
public enum ExpertSource
{
    /// <summary>Parsed from the planner's output.</summary>
    Planner,

    /// <summary>Named in the request; the planner's choice is ignored.</summary>
    Requested,

    /// <summary>The planner's output named no usable expert, so <see cref="ExpertListParser.FallbackExperts"/> were used.</summary>
    Fallback,
}

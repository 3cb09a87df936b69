namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>Agent and role names of the Nova pipeline, as they appear in steps and the chain of thought.</summary>
public static class NovaAgents
{
    public const string Memory = "MemoryAgent";
    public const string Planner = "PlannerAgent";
    public const string Expert = "ExpertAgent";
    public const string Critic = "CriticAgent";
    public const string Synthesis = "SynthesisAgent";

    /// <summary>Discussion Continuity Expert: unpacks the problem, steers and summarises.</summary>
    public const string DiscussionContinuityRole = "DCE";

    /// <summary>Critical Analysis Expert: reviews the experts' contributions.</summary>
    public const string CriticalAnalysisRole = "CAE";

    public const string ExpertRole = "Expert";
    public const string MemoryRole = "Memory";
}

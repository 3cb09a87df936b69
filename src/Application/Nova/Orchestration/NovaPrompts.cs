using System.Text;

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// The instructions sent to the model at each step. The user's prompt, the earlier conversation
/// and every model output are placed inside marked blocks as material to work on; the program
/// reads nothing back from model output except the planner's expert names.
/// </summary>
internal static class NovaPrompts
{
    public static string Planner(string problem, string memory, IReadOnlyList<string>? requestedExperts)
    {
        var text = new StringBuilder()
            .AppendLine("You are the Discussion Continuity Expert (DCE) who leads a small panel of experts.")
            .AppendLine("Unpack the user's problem: restate it in your own words, list what is known, what is missing or ambiguous, and what a good answer must cover.");

        if (requestedExperts is { Count: > 0 })
        {
            text.AppendLine($"The user chose the panel: {string.Join("; ", requestedExperts)}. Say briefly what each of them should focus on.");
        }
        else
        {
            text.AppendLine("Then choose two or three experts whose fields matter most for this problem.")
                .AppendLine("End with one line in exactly this form, with short job titles only:")
                .AppendLine("EXPERTS: first expert; second expert; third expert");
        }

        return AppendContext(text, problem, memory).ToString();
    }

    public static string Expert(string expert, string problem, string plan) =>
        new StringBuilder()
            .AppendLine($"You are a {expert} on a panel led by the Discussion Continuity Expert (DCE).")
            .AppendLine("Contribute from your field only: the key points, a concrete proposal, and the caveats. Be concise.")
            .Append(Block("USER PROBLEM", problem))
            .Append(Block("DCE ANALYSIS", plan))
            .ToString();

    public static string ExpertRevision(string expert, string problem, string previousContribution, string critique) =>
        new StringBuilder()
            .AppendLine($"You are a {expert} on a panel led by the Discussion Continuity Expert (DCE).")
            .AppendLine("Revise your earlier contribution so that it answers the critique. Keep what was right, fix what was wrong, and be concise.")
            .Append(Block("USER PROBLEM", problem))
            .Append(Block("YOUR EARLIER CONTRIBUTION", previousContribution))
            .Append(Block("CRITIQUE", critique))
            .ToString();

    public static string Critic(string problem, IReadOnlyList<(string Expert, string Contribution)> contributions)
    {
        var text = new StringBuilder()
            .AppendLine("You are the Critical Analysis Expert (CAE) of an expert panel. Review the contributions below.")
            .AppendLine("Write four sections with these headings: STRENGTHS:, WEAKNESSES:, RISKS:, IMPROVEMENTS:.")
            .AppendLine("Under IMPROVEMENTS list concrete changes the experts should make.")
            .AppendLine($"If nothing needs to change, write the line {CritiqueRule.NothingToImproveMarker} under IMPROVEMENTS.")
            .Append(Block("USER PROBLEM", problem));

        foreach (var (expert, contribution) in contributions)
        {
            text.Append(Block($"CONTRIBUTION OF {expert.ToUpperInvariant()}", contribution));
        }

        return text.ToString();
    }

    public static string Synthesis(string problem, string memory, IReadOnlyList<(string Expert, string Contribution)> contributions, string critique)
    {
        var text = new StringBuilder()
            .AppendLine("You are the Discussion Continuity Expert (DCE). Write the final reply to the user from the panel's work.")
            .AppendLine("Use three sections: ANSWER (the solution itself), NEXT STEPS (what the user should do next), QUESTIONS FOR YOU (what the user should clarify, or \"None\").")
            .AppendLine("Take the critique into account and do not mention the panel's internal process.");

        foreach (var (expert, contribution) in contributions)
        {
            text.Append(Block($"CONTRIBUTION OF {expert.ToUpperInvariant()}", contribution));
        }

        text.Append(Block("CRITIQUE", critique));
        return AppendContext(text, problem, memory).ToString();
    }

    private static StringBuilder AppendContext(StringBuilder text, string problem, string memory)
    {
        if (memory.Length > 0)
        {
            text.Append(Block("EARLIER CONVERSATION (oldest first)", memory));
        }

        return text.Append(Block("USER PROBLEM", problem));
    }

    private static string Block(string title, string content) =>
        $"\n<<< {title} >>>\n{content}\n<<< END OF {title} >>>\n";
}

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>
/// The experts and the critic. Round 1 asks every expert for a contribution; each further round,
/// up to the requested iterations, asks them to revise given the critique. Rounds stop early when
/// <see cref="CritiqueRule.FindsNothingToImprove"/> returns true for the latest critique.
/// </summary>
internal sealed class NovaPanel(NovaModelCaller caller, string problem)
{
    public async Task<PanelRound> RunAsync(IReadOnlyList<string> experts, string plan, int iterations, CancellationToken cancellationToken)
    {
        var contributions = new List<(string Expert, string Contribution)>();
        foreach (var expert in experts)
        {
            var info = new NovaStepInfo(NovaAgents.Expert, NovaAgents.ExpertRole, expert, 1, $"Contribute as {expert} to: {problem}");
            var step = await caller.CallAsync(info, NovaPrompts.Expert(expert, problem, plan), cancellationToken);
            contributions.Add((expert, step.Output));
        }

        var critique = await CritiqueAsync(contributions, 1, cancellationToken);
        var done = 1;
        while (done < iterations && !CritiqueRule.FindsNothingToImprove(critique))
        {
            done++;
            contributions = await ReviseAsync(contributions, critique, done, cancellationToken);
            critique = await CritiqueAsync(contributions, done, cancellationToken);
        }

        return new PanelRound(contributions, critique, done);
    }

    private async Task<List<(string Expert, string Contribution)>> ReviseAsync(
        List<(string Expert, string Contribution)> previous, string critique, int iteration, CancellationToken cancellationToken)
    {
        var revised = new List<(string Expert, string Contribution)>();
        foreach (var (expert, contribution) in previous)
        {
            var info = new NovaStepInfo(NovaAgents.Expert, NovaAgents.ExpertRole, expert, iteration, $"Revise as {expert} given the critique: {TextExcerpt.Of(critique, 120)}");
            var step = await caller.CallAsync(info, NovaPrompts.ExpertRevision(expert, problem, contribution, critique), cancellationToken);
            revised.Add((expert, step.Output));
        }

        return revised;
    }

    private async Task<string> CritiqueAsync(List<(string Expert, string Contribution)> contributions, int iteration, CancellationToken cancellationToken)
    {
        var names = string.Join("; ", contributions.Select(c => c.Expert));
        var info = new NovaStepInfo(NovaAgents.Critic, NovaAgents.CriticalAnalysisRole, null, iteration, $"Critique round {iteration} of {names}");
        var step = await caller.CallAsync(info, NovaPrompts.Critic(problem, contributions), cancellationToken);
        return step.Output;
    }
}

/// <summary>The panel's final contributions, the last critique and how many rounds ran.</summary>
internal sealed record PanelRound(IReadOnlyList<(string Expert, string Contribution)> Contributions, string Critique, int IterationsDone);

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Nova;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class NovaOrchestratorTests
{
    [Fact]
    public async Task Run_PlannerNamesExperts_CallsEachExpertOnce()
    {
        var script = new ScriptedNovaBackend();

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        var expertSteps = result.Steps.Where(s => s.Agent == NovaAgents.Expert).Select(s => s.Label);
        Assert.Equal(["Database Engineer", "Security Analyst"], expertSteps);
        Assert.Equal(ExpertSource.Planner, result.Metrics.ExpertSource);
        Assert.Equal("ANSWER: final answer", result.Text);
    }

    [Fact]
    public async Task Run_GibberishPlan_UsesFallbackAndRecordsIt()
    {
        var script = new ScriptedNovaBackend { Planner = _ => Outcomes.Completed("zzqx 81 ## !! ~~") };

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        var expertSteps = result.Steps.Where(s => s.Agent == NovaAgents.Expert).Select(s => s.Label);
        Assert.Equal(ExpertListParser.FallbackExperts, expertSteps);
        Assert.Equal(ExpertSource.Fallback, result.Metrics.ExpertSource);
        var planner = Assert.Single(result.Steps, s => s.Agent == NovaAgents.Planner);
        Assert.Contains("fallback panel", planner.Note, StringComparison.Ordinal);
        Assert.Contains("fallback panel", planner.ToChainLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RequestedExperts_BypassPlannerChoice()
    {
        var script = new ScriptedNovaBackend();

        var request = NovaTestFactory.Request(script, experts: ["Tax Adviser"]);
        var result = await NovaTestFactory.Orchestrator().RunAsync(request, CancellationToken.None);

        var expert = Assert.Single(result.Steps, s => s.Agent == NovaAgents.Expert);
        Assert.Equal("Tax Adviser", expert.Label);
        Assert.Equal(ExpertSource.Requested, result.Metrics.ExpertSource);
        var plannerPrompt = script.Requests.First().Prompt;
        Assert.Contains("The user chose the panel: Tax Adviser.", plannerPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingToImprove_StopsEarly()
    {
        var script = new ScriptedNovaBackend { Critic = _ => Outcomes.Completed("STRENGTHS: solid\nIMPROVEMENTS:\nNO FURTHER IMPROVEMENTS") };

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script, iterations: 3), CancellationToken.None);

        Assert.Equal(1, result.Metrics.IterationsDone);
        Assert.Equal(3, result.Metrics.IterationsRequested);
        Assert.Single(result.Steps, s => s.Agent == NovaAgents.Critic);
        Assert.Equal(1 + 1 + 2 + 1 + 1, result.Steps.Count);
    }

    [Fact]
    public async Task Run_ImprovementsListed_RunsAllIterations()
    {
        var script = new ScriptedNovaBackend();

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script, iterations: 3), CancellationToken.None);

        Assert.Equal(3, result.Metrics.IterationsDone);
        Assert.Equal([1, 2, 3], result.Steps.Where(s => s.Agent == NovaAgents.Critic).Select(s => s.Iteration));
        Assert.Equal(6, result.Steps.Count(s => s.Agent == NovaAgents.Expert));
        var revision = script.Requests.Select(r => r.Prompt).First(p => p.Contains("Revise your earlier contribution", StringComparison.Ordinal));
        Assert.Contains("add an example", revision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Steps_RecordAgentRoleSummaryAndOrder()
    {
        var script = new ScriptedNovaBackend();
        var longPrompt = string.Concat(Enumerable.Repeat("a very long problem statement ", 40));

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script, prompt: longPrompt), CancellationToken.None);

        Assert.Equal(
            ["MemoryAgent", "PlannerAgent (DCE)", "ExpertAgent (Database Engineer)", "ExpertAgent (Security Analyst)", "CriticAgent (CAE)", "SynthesisAgent (DCE)"],
            result.Steps.Select(s => s.DisplayName));
        Assert.All(result.Steps, s => Assert.InRange(s.InputSummary.Length, 1, 200));
        Assert.All(result.Steps, s => Assert.True(s.DurationMs >= 0));
        Assert.Equal("SynthesisAgent (DCE): ANSWER: final answer", result.Steps[^1].ToChainLine());
        Assert.Equal(["DCE", "Expert", "Expert", "CAE", "DCE"], result.Steps.Skip(1).Select(s => s.Role));
    }

    [Fact]
    public async Task Run_Metrics_SumTokensAndRate()
    {
        var script = new ScriptedNovaBackend { Synthesis = _ => Outcomes.Completed("done", promptTokens: null, completionTokens: null, evalSeconds: null) };

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        var metrics = result.Metrics;
        Assert.Equal(5, metrics.ModelCalls);
        Assert.Equal(4 * 10, metrics.PromptTokens);
        Assert.Equal(4 * 4, metrics.CompletionTokens);
        Assert.Equal(16 / 2.0, metrics.TokensPerSecond);
        Assert.Equal(ScriptedNovaBackend.Model, metrics.Model);
        Assert.Equal("ollama", metrics.Backend);
        Assert.Equal(6, metrics.Steps.Count);
        Assert.True(metrics.TotalMs >= metrics.ModelCallsMs);
        Assert.True(metrics.Process.WorkingSetPeakBytes >= metrics.Process.WorkingSetStartBytes);
        Assert.Contains("CriticAgent (CAE)", metrics.AgentsUsed);
    }

    [Fact]
    public async Task Run_NoTokens_LeavesSumsNull()
    {
        var silent = Outcomes.Completed("EXPERTS: Chemist", promptTokens: null, completionTokens: null, evalSeconds: null);
        var script = new ScriptedNovaBackend
        {
            Planner = _ => silent,
            Expert = _ => silent,
            Critic = _ => silent,
            Synthesis = _ => silent,
        };

        var result = await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        Assert.Null(result.Metrics.PromptTokens);
        Assert.Null(result.Metrics.CompletionTokens);
        Assert.Null(result.Metrics.TokensPerSecond);
    }

    [Fact]
    public async Task Run_ExpertFails_ThrowsWithCompletedSteps()
    {
        var script = new ScriptedNovaBackend
        {
            Expert = prompt => ScriptedNovaBackend.ExpertIn(prompt) == "Security Analyst"
                ? Outcomes.Failed("idle timeout after 30 s", GenerationStatus.TimedOut, ResultErrorKinds.Timeout)
                : Outcomes.Completed("fine"),
        };

        var failure = await Assert.ThrowsAsync<NovaPipelineException>(
            () => NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None));

        Assert.Equal(["MemoryAgent", "PlannerAgent (DCE)", "ExpertAgent (Database Engineer)"], failure.CompletedSteps.Select(s => s.DisplayName));
        Assert.Equal("ExpertAgent (Security Analyst)", failure.FailedStep);
        Assert.Equal(ScriptedNovaBackend.Model, failure.Model);
        Assert.Equal("idle timeout after 30 s", failure.Reason);
        Assert.Equal(ResultErrorKinds.Timeout, failure.ErrorKind);
    }

    [Fact]
    public async Task Run_IncompleteWithoutMessage_NamesStatus()
    {
        var script = new ScriptedNovaBackend { Critic = _ => Outcomes.Failed(null!, GenerationStatus.Incomplete, ResultErrorKinds.Incomplete) };

        var failure = await Assert.ThrowsAsync<NovaPipelineException>(
            () => NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None));

        Assert.Equal("CriticAgent (CAE)", failure.FailedStep);
        Assert.Contains("Incomplete", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EmptySynthesis_ThrowsNoAnswer()
    {
        var script = new ScriptedNovaBackend { Synthesis = _ => Outcomes.Completed("  ") };

        var failure = await Assert.ThrowsAsync<NovaPipelineException>(
            () => NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None));

        Assert.Equal("SynthesisAgent (DCE)", failure.FailedStep);
        Assert.Contains("no answer text", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(6, failure.CompletedSteps.Count);
    }

    [Fact]
    public async Task Run_Cancelled_StopsWithoutFurtherCalls()
    {
        using var cancellation = new CancellationTokenSource();
        var script = new ScriptedNovaBackend();
        script.BeforeResponse = request =>
        {
            if (request.Prompt.StartsWith("You are a ", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }

            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), cancellation.Token));

        Assert.Equal(2, script.Requests.Count);
    }

    [Fact]
    public async Task Run_SendsModelAndParameters()
    {
        var script = new ScriptedNovaBackend();

        await NovaTestFactory.Orchestrator().RunAsync(NovaTestFactory.Request(script), CancellationToken.None);

        Assert.All(script.Requests, r => Assert.Equal(ScriptedNovaBackend.Model, r.Model));
        Assert.All(script.Requests, r => Assert.Equal(new GenerationParameters { Temperature = 0.2, NumPredict = 64 }, r.Parameters));
    }
}

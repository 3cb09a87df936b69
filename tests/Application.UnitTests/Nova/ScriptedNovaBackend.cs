using System.Collections.Concurrent;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Models;
using NSubstitute;

namespace Benchmarker.Application.UnitTests.Nova;

/// <summary>
/// A substitute backend that answers each pipeline role from a script, chosen by the role's
/// instruction at the start of the prompt, and records every prompt in call order.
/// </summary>
internal sealed class ScriptedNovaBackend
{
    public const string Model = "llama3.2:latest";

    public ScriptedNovaBackend()
    {
        Backend.Name.Returns("ollama");
        Backend.Owns(Arg.Any<string>()).Returns(true);
        Backend.GetStatusAsync(Arg.Any<CancellationToken>()).Returns(new BackendStatus("ollama", true, "0.12.0", "http://127.0.0.1:11434", null));
        Backend.ListModelsAsync(Arg.Any<CancellationToken>()).Returns([new ModelDetails { Name = Model, Backend = "ollama" }]);
        Backend.GenerateAsync(Arg.Any<GenerationRequest>(), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>())
            .Returns(call => RespondAsync(call.Arg<GenerationRequest>(), call.Arg<CancellationToken>()));
    }

    public IInferenceBackend Backend { get; } = Substitute.For<IInferenceBackend>();

    public ConcurrentQueue<GenerationRequest> Requests { get; } = new();

    public Func<string, GenerationOutcome> Planner { get; set; } = _ => Outcomes.Completed("The problem is clear.\nEXPERTS: Database Engineer; Security Analyst");

    public Func<string, GenerationOutcome> Expert { get; set; } = prompt => Outcomes.Completed($"Contribution from {ExpertIn(prompt)}");

    public Func<string, GenerationOutcome> Critic { get; set; } = _ => Outcomes.Completed("STRENGTHS: clear\nIMPROVEMENTS:\n- add an example");

    public Func<string, GenerationOutcome> Synthesis { get; set; } = _ => Outcomes.Completed("ANSWER: final answer");

    /// <summary>Runs before each response; a test can await a gate here or cancel its token.</summary>
    public Func<GenerationRequest, Task> BeforeResponse { get; set; } = _ => Task.CompletedTask;

    public static string ExpertIn(string prompt)
    {
        var start = prompt.IndexOf("You are a ", StringComparison.Ordinal) + "You are a ".Length;
        return prompt[start..prompt.IndexOf(" on a panel", StringComparison.Ordinal)];
    }

    private async Task<GenerationOutcome> RespondAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        await BeforeResponse(request);
        if (cancellationToken.IsCancellationRequested)
        {
            return Outcomes.Cancelled();
        }

        var prompt = request.Prompt;
        if (prompt.StartsWith("You are the Discussion Continuity Expert (DCE) who leads", StringComparison.Ordinal))
        {
            return Planner(prompt);
        }

        if (prompt.StartsWith("You are a ", StringComparison.Ordinal))
        {
            return Expert(prompt);
        }

        return prompt.StartsWith("You are the Critical Analysis Expert", StringComparison.Ordinal) ? Critic(prompt) : Synthesis(prompt);
    }
}

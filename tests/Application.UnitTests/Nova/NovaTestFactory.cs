using Benchmarker.Application.Nova;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.UnitTests.Nova;

internal static class NovaTestFactory
{
    public static NovaOrchestrator Orchestrator(int memoryBudget = 4000) =>
        new(Options.Create(new NovaOptions { MemoryCharacterBudget = memoryBudget }), NullLogger<NovaOrchestrator>.Instance);

    public static NovaRunRequest Request(
        ScriptedNovaBackend script,
        string prompt = "How should I store sessions?",
        int iterations = 1,
        IReadOnlyList<string>? experts = null,
        IReadOnlyList<NovaMessage>? history = null) =>
        new(prompt, script.Backend, ScriptedNovaBackend.Model, iterations, 0.2, 64, experts, history ?? []);
}

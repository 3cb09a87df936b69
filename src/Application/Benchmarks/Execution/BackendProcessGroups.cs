using Benchmarker.Application.Abstractions;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Which processes do a backend's work: Ollama's server processes, or this process for in-process engines.</summary>
internal static class BackendProcessGroups
{
    public const string OllamaBackend = "ollama";

    public static ProcessGroup For(string backendName) =>
        string.Equals(backendName, OllamaBackend, StringComparison.OrdinalIgnoreCase) ? ProcessGroup.Ollama : ProcessGroup.Self;
}

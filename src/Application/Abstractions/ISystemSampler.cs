using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Systems;

namespace Benchmarker.Application.Abstractions;

/// <summary>Reads the machine: a snapshot at the start of a run, and a time series while it runs.</summary>
public interface ISystemSampler
{
    Task<SystemInfo> GetSystemInfoAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts sampling at the configured interval until the session is stopped. Each sample reads
    /// system CPU, memory, GPUs and the given process groups.
    /// </summary>
    ISamplingSession Start(IReadOnlyList<ProcessGroup> processes);
}

/// <summary>
/// Processes watched under one name: for example "ollama" matches the processes named ollama and
/// llama-server; <see cref="Self"/> is the benchmarker itself, used for in-process engines.
/// </summary>
public sealed record ProcessGroup(string Name, IReadOnlyList<string> ProcessNames, bool IsSelf = false)
{
    public static ProcessGroup Self { get; } = new("benchmarker", [], IsSelf: true);

    public static ProcessGroup Ollama { get; } = new("ollama", ["ollama", "llama-server", "ollama_llama_server"]);
}

/// <summary>A running sampler. Dispose stops it; reading does not block the sampling thread for long.</summary>
public interface ISamplingSession : IAsyncDisposable
{
    /// <summary>Stopwatch timestamp of the session start; sample offsets are seconds since it.</summary>
    long StartTimestamp { get; }

    TimeSpan Interval { get; }

    /// <summary>Samples taken so far, oldest first.</summary>
    IReadOnlyList<SystemSample> Samples { get; }

    /// <summary>Why GPUs are not read ("not available: …"), or null when they are.</summary>
    string? GpuStatus { get; }

    /// <summary>Takes one last sample, stops, and returns every sample.</summary>
    Task<IReadOnlyList<SystemSample>> StopAsync();
}

using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>A validated run to execute: the run id is chosen by the caller so it can be announced before the run ends.</summary>
public sealed record BenchmarkPlan(
    string RunId,
    string Prompt,
    IReadOnlyList<string> Models,
    GenerationParameters Parameters,
    RunMode Mode);

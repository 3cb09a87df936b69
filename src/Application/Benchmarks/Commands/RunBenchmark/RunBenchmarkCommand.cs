using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>Runs one prompt on each model, stores the run and returns it.</summary>
public sealed record RunBenchmarkCommand(
    string Prompt,
    IReadOnlyList<string> Models,
    GenerationParameters? Parameters = null,
    RunMode Mode = RunMode.Sequential) : ICommand<BenchmarkRun>;

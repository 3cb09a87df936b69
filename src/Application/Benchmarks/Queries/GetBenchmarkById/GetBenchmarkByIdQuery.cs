using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkById;

/// <summary>One stored run; throws <see cref="Common.Exceptions.NotFoundException"/> when the id is unknown.</summary>
public sealed record GetBenchmarkByIdQuery(string Id) : IQuery<BenchmarkRun>;

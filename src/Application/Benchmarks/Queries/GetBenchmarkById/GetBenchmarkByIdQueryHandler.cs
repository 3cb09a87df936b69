using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.GetBenchmarkById;

public sealed class GetBenchmarkByIdQueryHandler(IBenchmarkRunRepository repository)
    : IQueryHandler<GetBenchmarkByIdQuery, BenchmarkRun>
{
    public async ValueTask<BenchmarkRun> Handle(GetBenchmarkByIdQuery query, CancellationToken cancellationToken)
    {
        var run = await repository.GetAsync(query.Id, cancellationToken);

        return run ?? throw new NotFoundException("Benchmark run", query.Id);
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Systems;
using Mediator;

namespace Benchmarker.Application.Systems.Queries.GetSystemInfo;

public sealed class GetSystemInfoQueryHandler(ISystemSampler sampler) : IQueryHandler<GetSystemInfoQuery, SystemInfo>
{
    public async ValueTask<SystemInfo> Handle(GetSystemInfoQuery query, CancellationToken cancellationToken) =>
        await sampler.GetSystemInfoAsync(cancellationToken);
}

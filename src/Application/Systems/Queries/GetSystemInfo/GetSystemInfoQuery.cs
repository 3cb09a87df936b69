using Benchmarker.Domain.Systems;
using Mediator;

namespace Benchmarker.Application.Systems.Queries.GetSystemInfo;

/// <summary>The machine as the sampler reads it now.</summary>
public sealed record GetSystemInfoQuery : IQuery<SystemInfo>;

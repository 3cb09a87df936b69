using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Models;
using Mediator;

namespace Benchmarker.Application.Models.Queries.ListModels;

/// <summary>Models of every backend, with the status of each backend so an unreachable one is visible.</summary>
public sealed record ListModelsQuery : IQuery<ModelCatalog>;

public sealed record ModelCatalog(IReadOnlyList<ModelDetails> Models, IReadOnlyList<BackendStatus> Backends);

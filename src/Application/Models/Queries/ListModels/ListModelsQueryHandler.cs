using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Models;
using Mediator;

namespace Benchmarker.Application.Models.Queries.ListModels;

/// <summary>
/// Lists every backend's models. An unreachable backend does not hide the others, and its status
/// carries the reason. Only when no backend responds at all is the first failure raised (502).
/// </summary>
public sealed class ListModelsQueryHandler(IEnumerable<IInferenceBackend> backends)
    : IQueryHandler<ListModelsQuery, ModelCatalog>
{
    public async ValueTask<ModelCatalog> Handle(ListModelsQuery query, CancellationToken cancellationToken)
    {
        var models = new List<ModelDetails>();
        var statuses = new List<BackendStatus>();
        var failures = new List<BackendUnavailableException>();

        foreach (var backend in backends)
        {
            var status = await backend.GetStatusAsync(cancellationToken);
            try
            {
                models.AddRange(await backend.ListModelsAsync(cancellationToken));
            }
            catch (BackendUnavailableException exception)
            {
                failures.Add(exception);
                status = status with { Available = false, Error = exception.Message };
            }

            statuses.Add(status);
        }

        if (failures.Count > 0 && failures.Count == statuses.Count)
        {
            throw failures[0];
        }

        return new ModelCatalog(models, statuses);
    }
}

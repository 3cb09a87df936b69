using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Nova;
using FluentValidation;
using Mediator;

namespace Benchmarker.Application.Nova.Queries.GetNovaSession;

/// <summary>A session with its messages; throws <see cref="NotFoundException"/> when the id is unknown.</summary>
public sealed record GetNovaSessionQuery(string Id) : IQuery<NovaSession>;

public sealed class GetNovaSessionQueryHandler(INovaSessionRepository sessions) : IQueryHandler<GetNovaSessionQuery, NovaSession>
{
    public async ValueTask<NovaSession> Handle(GetNovaSessionQuery query, CancellationToken cancellationToken)
    {
        var id = NovaSessionId.TryNormalize(query.Id, out var normalized) ? normalized : throw new NotFoundException("Nova session", query.Id);

        return await sessions.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Nova session", query.Id);
    }
}

internal sealed class GetNovaSessionQueryValidator : AbstractValidator<GetNovaSessionQuery>
{
    public GetNovaSessionQueryValidator() =>
        RuleFor(q => q.Id).Must(NovaSessionId.IsWellFormed).OverridePropertyName("id")
            .WithMessage(q => $"'{q.Id}' is not a session id; session ids are GUIDs such as the session_id of an answer.");
}

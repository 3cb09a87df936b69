using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;
using FluentValidation;
using Mediator;

namespace Benchmarker.Application.Nova.Commands.DeleteNovaSession;

/// <summary>Deletes a session; throws <see cref="NotFoundException"/> when the id is unknown.</summary>
public sealed record DeleteNovaSessionCommand(string Id) : ICommand;

/// <summary>Waits for any running request on the session before deleting, so an answer cannot recreate it afterwards.</summary>
public sealed class DeleteNovaSessionCommandHandler(INovaSessionRepository sessions, NovaSessionLocks locks)
    : ICommandHandler<DeleteNovaSessionCommand>
{
    public async ValueTask<Unit> Handle(DeleteNovaSessionCommand command, CancellationToken cancellationToken)
    {
        var id = NovaSessionId.TryNormalize(command.Id, out var normalized) ? normalized : throw new NotFoundException("Nova session", command.Id);

        using var sessionLock = await locks.AcquireAsync(id, cancellationToken);

        var deleted = await sessions.DeleteAsync(id, cancellationToken);
        return deleted ? Unit.Value : throw new NotFoundException("Nova session", command.Id);
    }
}

internal sealed class DeleteNovaSessionCommandValidator : AbstractValidator<DeleteNovaSessionCommand>
{
    public DeleteNovaSessionCommandValidator() =>
        RuleFor(c => c.Id).Must(NovaSessionId.IsWellFormed).OverridePropertyName("id")
            .WithMessage(c => $"'{c.Id}' is not a session id; session ids are GUIDs such as the session_id of an answer.");
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Nova;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Nova.Commands.AskNova;

/// <summary>
/// Resolves the model, then holds the session's lock while it loads the session, runs the pipeline
/// and saves the prompt and answer, so requests on one session are answered in arrival order.
/// A failed or cancelled pipeline writes nothing.
/// </summary>
public sealed class AskNovaCommandHandler(
    NovaModelResolver models,
    NovaOrchestrator orchestrator,
    NovaSessionLocks locks,
    INovaSessionRepository sessions,
    IOptions<NovaOptions> options,
    TimeProvider clock) : ICommandHandler<AskNovaCommand, NovaAnswer>
{
    public async ValueTask<NovaAnswer> Handle(AskNovaCommand command, CancellationToken cancellationToken)
    {
        var sessionId = NormalizeSessionId(command.SessionId);
        var parameters = command.Parameters ?? new NovaParameters();
        var (backend, model) = await models.ResolveAsync(parameters.Model, cancellationToken);

        using var sessionLock = await locks.AcquireAsync(sessionId, cancellationToken);

        var session = await sessions.GetAsync(sessionId, cancellationToken) ?? NovaSession.Start(sessionId, clock.GetUtcNow());
        var request = new NovaRunRequest(
            command.Prompt,
            backend,
            model,
            parameters.Iterations ?? 1,
            parameters.Temperature,
            parameters.MaxTokens ?? options.Value.DefaultMaxTokens,
            parameters.Experts,
            session.Messages);

        var result = await orchestrator.RunAsync(request, cancellationToken);

        await sessions.SaveAsync(session.WithExchange(command.Prompt, result.Text, clock.GetUtcNow()), cancellationToken);

        return new NovaAnswer(result.Text, [.. result.Steps.Select(s => s.ToChainLine())], result.Metrics, sessionId);
    }

    private static string NormalizeSessionId(string? requested)
    {
        if (requested is null)
        {
            return NovaSessionId.New();
        }

        if (NovaSessionId.TryNormalize(requested, out var normalized))
        {
            return normalized;
        }

        var message = $"session_id '{requested}' is not a session id; send a GUID or leave it out.";
        throw new ValidationException(message, [new ValidationFailure("session_id", message)]);
    }
}

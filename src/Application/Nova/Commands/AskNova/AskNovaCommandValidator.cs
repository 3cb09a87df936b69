using Benchmarker.Domain.Nova;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Nova.Commands.AskNova;

/// <summary>Checks the request before any model runs; field names are those of the JSON body.</summary>
internal sealed class AskNovaCommandValidator : AbstractValidator<AskNovaCommand>
{
    public const int MaxIterations = 3;
    public const int MaxTokensLimit = 4096;
    public const int MaxExperts = 5;
    public const int MaxExpertNameLength = 60;
    public const int MaxModelNameLength = 256;

    public AskNovaCommandValidator(IOptions<NovaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var maxPromptLength = options.Value.MaxPromptLength;

        RuleFor(c => c.Prompt).NotEmpty().OverridePropertyName("prompt")
            .WithMessage("prompt is empty; send the question or problem for Nova to work on.");
        RuleFor(c => c.Prompt.Length).LessThanOrEqualTo(maxPromptLength).When(c => c.Prompt is not null).OverridePropertyName("prompt")
            .WithMessage(c => $"prompt has {c.Prompt.Length} characters; the maximum is {maxPromptLength} (Nova:MaxPromptLength). Shorten it.");

        RuleFor(c => c.SessionId).Must(NovaSessionId.IsWellFormed).When(c => c.SessionId is not null).OverridePropertyName("session_id")
            .WithMessage(c => $"session_id '{c.SessionId}' is not a session id; send a GUID (32 hexadecimal digits, as returned by an earlier answer) or leave it out to start a new session.");

        When(c => c.Parameters is not null, () => RuleFor(c => c.Parameters!).SetValidator(new NovaParametersValidator()).OverridePropertyName("parameters"));
    }
}

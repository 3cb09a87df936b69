using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Commands.StartBackgroundRun;

/// <summary>
/// Runs the blocking run's validator on the wrapped request and reports its failures unchanged, so both
/// routes reject the same input with the same field names.
/// </summary>
internal sealed class StartBackgroundRunCommandValidator : AbstractValidator<StartBackgroundRunCommand>
{
    public StartBackgroundRunCommandValidator(IValidator<RunBenchmarkCommand> runValidator)
    {
        ArgumentNullException.ThrowIfNull(runValidator);

        RuleFor(command => command.Run).CustomAsync(async (run, context, cancellationToken) =>
        {
            var result = await runValidator.ValidateAsync(run, cancellationToken).ConfigureAwait(false);
            foreach (var failure in result.Errors)
            {
                context.AddFailure(failure);
            }
        });
    }
}

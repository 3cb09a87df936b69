using System.Text.RegularExpressions;
using Benchmarker.Domain.Benchmarks;
using FluentValidation;

namespace Benchmarker.Application.Benchmarks.Commands.RunBenchmark;

/// <summary>Ranges of the sampling and runner options, as Ollama accepts them.</summary>
internal sealed partial class GenerationParametersValidator : AbstractValidator<GenerationParameters>
{
    public const int MaxStopSequences = 8;

    public GenerationParametersValidator()
    {
        RuleFor(parameters => parameters.Temperature).InclusiveBetween(0, 2);

        RuleFor(parameters => parameters.TopK).GreaterThanOrEqualTo(0);

        RuleFor(parameters => parameters.TopP).InclusiveBetween(0, 1);

        RuleFor(parameters => parameters.NumPredict)
            .Must(value => value is null or -1 or > 0)
            .WithMessage("'{PropertyName}' must be -1 (no limit) or a positive number of tokens, but was {PropertyValue}.");

        RuleFor(parameters => parameters.NumCtx).GreaterThan(0);

        RuleFor(parameters => parameters.Stop)
            .Must(stop => stop is null || stop.Count <= MaxStopSequences)
            .WithMessage($"'{{PropertyName}}' may hold at most {MaxStopSequences} sequences.");

        RuleForEach(parameters => parameters.Stop)
            .Must(sequence => !string.IsNullOrEmpty(sequence))
            .WithMessage("'{PropertyName}' must not be empty; remove the entry or give the text that ends generation.");

        RuleFor(parameters => parameters.KeepAlive)
            .Must(value => value is null || KeepAliveFormat().IsMatch(value))
            .WithMessage("'{PropertyName}' must be a Go duration such as \"5m\" or \"1h30m\", or whole seconds such as \"300\"; a negative value keeps the model loaded. It was \"{PropertyValue}\".");

        RuleFor(parameters => parameters.Endpoint).IsInEnum();
    }

    /// <summary>Whole seconds, or a Go duration: one or more number-unit pairs with ns, us, µs, ms, s, m or h.</summary>
    [GeneratedRegex(@"^-?(?:[0-9]{1,10}|(?:[0-9]{1,10}(?:\.[0-9]{1,9})?(?:ns|us|µs|ms|s|m|h)){1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeepAliveFormat();
}

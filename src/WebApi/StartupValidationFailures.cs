using Microsoft.Extensions.Options;

namespace Benchmarker.WebApi;

/// <summary>
/// Messages of the settings found invalid at start. The host throws one
/// <see cref="OptionsValidationException"/> when one options class is invalid, but an
/// <see cref="AggregateException"/> of them when several are, so both forms are read here.
/// </summary>
internal static class StartupValidationFailures
{
    /// <summary>Returns the failure messages, or null when the exception is not an options validation failure.</summary>
    public static IReadOnlyList<string>? Find(Exception? exception) => exception switch
    {
        OptionsValidationException single => [.. single.Failures],
        AggregateException { InnerExceptions.Count: > 0 } several when several.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            [.. several.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)],
        _ => null,
    };
}

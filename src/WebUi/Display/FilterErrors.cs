using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Benchmarker.WebUi.Display;

/// <summary>
/// Messages for query-string filters that could not be read, so a page reports that it ignored a filter
/// instead of silently showing unfiltered results.
/// </summary>
public static class FilterErrors
{
    /// <summary>Lists one message per bound query value that failed to convert, keyed by the name in the query string.</summary>
    public static IEnumerable<string> From(ModelStateDictionary modelState, IReadOnlyDictionary<string, string> expectedForms)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(expectedForms);

        foreach (var (key, entry) in modelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid)
            {
                continue;
            }

            var name = key.ToLowerInvariant();
            var expected = expectedForms.TryGetValue(name, out var form) ? form : "a valid value";
            yield return $"The {name} filter '{entry.AttemptedValue}' was ignored because it is not {expected}.";
        }
    }
}

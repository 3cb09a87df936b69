using System.Text.RegularExpressions;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>
/// Run ids that are safe as file names: letters, digits, '.', '_' and '-', starting with a letter or
/// digit, at most 200 characters. Any other id is never turned into a path.
/// </summary>
internal static partial class RunIds
{
    /// <summary>File name of the persisted index, so "index" cannot be a run id.</summary>
    public const string IndexFileName = "index.json";

    public static bool IsValid(string? id) =>
        id is not null
        && SafeIdPattern().IsMatch(id)
        && !string.Equals(id, "index", StringComparison.OrdinalIgnoreCase);

    public static void EnsureValid(string id)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException(
                $"Run id '{id}' is invalid: use 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit (and not 'index').",
                nameof(id));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeIdPattern();
}

using System.Text.RegularExpressions;

namespace Benchmarker.Application.Common.Models;

/// <summary>
/// Model name rules shared by validation and the run: Ollama's <c>[host[:port]/][namespace/]model[:tag]</c>
/// grammar and plain GGUF file names. Both forms exclude path separators in the file name and "..", so a
/// name can never point outside the models directory.
/// </summary>
internal static partial class ModelNames
{
    public const string DefaultTag = "latest";

    /// <summary>Ollama's name grammar: parts start with a letter or digit (a tag may start with '_'), then letters, digits, '.', '_' or '-'.</summary>
    [GeneratedRegex(
        @"^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,252}(?::[0-9]{1,5})?/)?(?:[A-Za-z0-9][A-Za-z0-9._-]{0,79}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,79}(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,79})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OllamaName();

    /// <summary>A GGUF file name without any directory part.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,250}\.gguf$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GgufFileName();

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name)
        && !name.Contains("..", StringComparison.Ordinal)
        && (GgufFileName().IsMatch(name) || OllamaName().IsMatch(name));

    public static bool IsGgufFile(string name) => name.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The key two names are compared by: lower case, with ":latest" added to an Ollama name that has no
    /// tag, because Ollama resolves "llama3.2" and "llama3.2:latest" to the same model.
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var lower = name.ToLowerInvariant();
        if (IsGgufFile(lower))
        {
            return lower;
        }

        var lastPart = lower[(lower.LastIndexOf('/') + 1)..];

        return lastPart.Contains(':', StringComparison.Ordinal) ? lower : $"{lower}:{DefaultTag}";
    }

    public static bool SameModel(string left, string right) =>
        string.Equals(Normalise(left), Normalise(right), StringComparison.Ordinal);
}

using System.Diagnostics.CodeAnalysis;

namespace Benchmarker.Domain.Nova;

/// <summary>
/// Session ids are GUIDs. A client may send the 32-digit form or the hyphenated 36-character form;
/// both normalise to 32 lowercase hexadecimal digits, which is also the file and document name,
/// so an id can never contain a path separator or "..".
/// </summary>
public static class NovaSessionId
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (value is null)
        {
            return false;
        }

        if (!Guid.TryParseExact(value, "N", out var guid) && !Guid.TryParseExact(value, "D", out guid))
        {
            return false;
        }

        normalized = guid.ToString("N");
        return true;
    }

    public static bool IsWellFormed(string? value) => TryNormalize(value, out _);
}

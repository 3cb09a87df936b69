using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Benchmarker.Application.Benchmarks.Commands.ImportRuns;

/// <summary>
/// Derives the id of a document that has none from its content, so importing the same document
/// again finds the same id and leaves the stored run alone.
/// </summary>
internal static class ImportIds
{
    public const string Prefix = "imported-";

    /// <summary>
    /// Returns "imported-" and the first 16 hex digits (64 bits) of the SHA-256 of the document written
    /// without whitespace, so indentation and line endings do not change the id, but any changed value does (barring a 64-bit collision).
    /// </summary>
    public static string FromContent(JsonElement document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        var hash = SHA256.HashData(buffer.WrittenSpan);
        return Prefix + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}

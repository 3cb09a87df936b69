using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Benchmarker.WebApi.OpenApi;

/// <summary>
/// The committed form of the OpenAPI document. The served document lists the address it was
/// requested from under <c>servers</c>, which differs per host, so that part is left out of both the
/// committed file and the drift check.
/// </summary>
internal static class OpenApiDocumentText
{
    // The file is read by people and tools, never embedded in HTML, so "+" and quotes stay unescaped.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode Normalise(string json)
    {
        var document = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("The OpenAPI document is not a JSON object.");
        document.Remove("servers");

        return document;
    }

    public static string ToCommittedText(string json) =>
        Normalise(json).ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Persistence.Mongo;

namespace Benchmarker.Infrastructure.Persistence.Import;

/// <summary>
/// Parses imported documents with the reader the JSON store uses, so whatever that store can read
/// (current runs and the original Python tool's files) can be imported. A MongoDB store document
/// exported as JSON is our run plus "_id" and "_summary". The store derives "_summary" from the run,
/// and it may contain extended-JSON values such as {"$date": …}, so it is dropped. "_id" is the id when "id" is missing.
/// </summary>
internal sealed class RunDocumentParser : IRunDocumentParser
{
    private const string Description = "The document";

    public RunDocumentParseResult Parse(JsonElement document, string idWhenMissing)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            return RunDocumentParseResult.Rejected($"The document is {KindOf(document.ValueKind)}, not a JSON object: send each run as an object.");
        }

        BenchmarkRun run;
        try
        {
            run = RunDocumentReader.Read(WithoutStoreFields(document), Description, idWhenMissing);
        }
        catch (JsonException error)
        {
            return RunDocumentParseResult.Rejected(error.Message.StartsWith(Description, StringComparison.Ordinal)
                ? error.Message
                : $"{Description} is not a run: {error.Message}");
        }

        if (!RunIds.IsValid(run.Id))
        {
            return RunDocumentParseResult.Rejected($"Run id '{run.Id}' is invalid: use 1 to 200 letters, digits, '.', '_' or '-', starting with a letter or digit (and not 'index').");
        }

        return RunDocumentParseResult.Parsed(run);
    }

    /// <summary>The document's UTF-8 bytes, without "_summary" and with "id" taken from "_id" when a store document lacks it.</summary>
    private static byte[] WithoutStoreFields(JsonElement document)
    {
        if (!document.TryGetProperty(MongoRunDocument.SummaryElement, out _))
        {
            return JsonSerializer.SerializeToUtf8Bytes(document);
        }

        var copy = JsonObject.Create(document)!;
        copy.Remove(MongoRunDocument.SummaryElement);
        if (!copy.ContainsKey("id") && copy["_id"] is JsonValue storeId && storeId.GetValueKind() == JsonValueKind.String)
        {
            copy["id"] = storeId.GetValue<string>();
        }

        return JsonSerializer.SerializeToUtf8Bytes(copy);
    }

    private static string KindOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "empty",
    };
}

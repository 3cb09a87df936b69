using System.Text.Json;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Index;
using Benchmarker.Infrastructure.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Converts runs to BSON through System.Text.Json, so a MongoDB document has exactly the element
/// names of the JSON files and the API (no second mapping to keep in step). Beside the run, a
/// "_summary" sub-document contains the history row and the keys the store filters and sorts on.
/// It is removed again when a run is read.
/// </summary>
internal static class MongoRunDocument
{
    public const string SummaryElement = "_summary";

    private static readonly JsonWriterSettings RelaxedJson = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    /// <summary>
    /// Maximum size in bytes of a document this store writes: 1 MiB below MongoDB's 16 MiB maximum document size
    /// (maxBsonObjectSize), leaving room for fields that later versions add to a stored run.
    /// </summary>
    public const int MaxDocumentBytes = 15 * 1024 * 1024;

    /// <summary>
    /// Converts a run to its document. A document larger than <see cref="MaxDocumentBytes"/> is
    /// converted again from a downsampled copy of the run, until it fits.
    /// </summary>
    public static BsonDocument ToBson(BenchmarkRun run)
    {
        var document = Convert(run);
        var size = document.ToBson().Length;
        var downsampled = run;

        while (size > MaxDocumentBytes)
        {
            // Aim 10 % under the limit, because the parts that are not downsampled keep their size.
            var next = RunDownsampler.Downsample(downsampled, 0.9 * MaxDocumentBytes / size);
            if (ReferenceEquals(next, downsampled))
            {
                // NOTE: such a run is not stored, and one already in the outbox makes the replay raise this
                // error, which the replayer does not catch. Only a response text of several MiB gets here.
                throw new InvalidOperationException(
                    $"Run '{run.Id}' is {size} bytes as a MongoDB document even with its chunk offsets and samples cut to their first and last points; the limit is {MaxDocumentBytes} bytes.");
            }

            downsampled = next;
            document = Convert(downsampled);
            size = document.ToBson().Length;
        }

        return document;
    }

    private static BsonDocument Convert(BenchmarkRun run)
    {
        var document = BsonDocument.Parse(JsonSerializer.Serialize(run, BenchmarkerJson.Options));
        var entry = RunIndexEntry.From(run, run.Id + ".json", 0, 0);

        var summary = BsonDocument.Parse(JsonSerializer.Serialize(entry.Summary, BenchmarkerJson.Options));
        summary["timestamp_utc"] = new BsonDateTime(run.Timestamp.UtcDateTime);
        summary["normalized_models"] = new BsonArray(entry.NormalizedModels);
        summary["prompt_key"] = entry.PromptKey;
        summary["models_key"] = entry.ModelsKey;

        document.InsertAt(0, new BsonElement("_id", run.Id));
        document[SummaryElement] = summary;
        return document;
    }

    public static BenchmarkRun ToRun(BsonDocument document)
    {
        var copy = document.DeepClone().AsBsonDocument;
        copy.Remove("_id");
        copy.Remove(SummaryElement);
        return JsonSerializer.Deserialize<BenchmarkRun>(copy.ToJson(RelaxedJson), BenchmarkerJson.Options)
            ?? throw new JsonException("A MongoDB run document is null.");
    }

    public static BenchmarkRunSummary ToSummary(BsonDocument summary) =>
        JsonSerializer.Deserialize<BenchmarkRunSummary>(summary.ToJson(RelaxedJson), BenchmarkerJson.Options)
            ?? throw new JsonException("A MongoDB run summary is null.");
}

using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Indexes of the "runs" collection, laid out by the equality, sort, range rule: fields matched by
/// equality first, then the sort keys, so a filtered history page is read in index order with no
/// in-memory sort. Every history sort ends with timestamp newest first and then _id, so each index
/// ends with the same two keys. docs/storage.md lists which query uses which index.
/// </summary>
internal static class MongoRunIndexes
{
    public const string TimestampUtc = MongoRunDocument.SummaryElement + ".timestamp_utc";

    public const string NormalizedModels = MongoRunDocument.SummaryElement + ".normalized_models";

    public const string Success = MongoRunDocument.SummaryElement + ".success";

    /// <summary>Model name exactly as stored, for queries written by hand; the history filter uses <see cref="NormalizedModels"/>.</summary>
    public const string ResultModel = "results.model";

    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Models { get; } =
    [
        Create("timestamp_desc"),
        Create("normalized_models_timestamp_desc", Builders<BsonDocument>.IndexKeys.Ascending(NormalizedModels)),
        Create("results_model_timestamp_desc", Builders<BsonDocument>.IndexKeys.Ascending(ResultModel)),
        Create("success_timestamp_desc", Builders<BsonDocument>.IndexKeys.Ascending(Success)),
    ];

    private static CreateIndexModel<BsonDocument> Create(string name, IndexKeysDefinition<BsonDocument>? equality = null)
    {
        var keys = Builders<BsonDocument>.IndexKeys;
        var sortKeys = keys.Combine(keys.Descending(TimestampUtc), keys.Ascending("_id"));
        var all = equality is null ? sortKeys : keys.Combine(equality, sortKeys);

        return new CreateIndexModel<BsonDocument>(all, new CreateIndexOptions { Name = name });
    }
}

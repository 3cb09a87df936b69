using System.Text.RegularExpressions;
using Benchmarker.Application.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>Translates a <see cref="HistoryFilter"/> into a MongoDB filter and sort with the JSON store's semantics.</summary>
internal static class MongoHistoryQuery
{
    private const string Summary = MongoRunDocument.SummaryElement + ".";

    public static FilterDefinition<BsonDocument> Filter(HistoryFilter filter)
    {
        var builder = Builders<BsonDocument>.Filter;
        var parts = new List<FilterDefinition<BsonDocument>>();

        if (!string.IsNullOrWhiteSpace(filter.Model))
        {
            parts.Add(builder.AnyEq(Summary + "normalized_models", ModelNames.Normalize(filter.Model)));
        }

        if (filter.From is { } from)
        {
            parts.Add(builder.Gte(Summary + "timestamp_utc", from.UtcDateTime));
        }

        if (filter.To is { } to)
        {
            parts.Add(builder.Lte(Summary + "timestamp_utc", to.UtcDateTime));
        }

        if (filter.Success is { } success)
        {
            parts.Add(builder.Eq(Summary + "success", success));
        }

        if (!string.IsNullOrEmpty(filter.PromptContains))
        {
            parts.Add(builder.Regex("prompt", new BsonRegularExpression(Regex.Escape(filter.PromptContains), "i")));
        }

        return parts.Count == 0 ? builder.Empty : builder.And(parts);
    }

    public static SortDefinition<BsonDocument> Sort(HistoryFilter filter)
    {
        var builder = Builders<BsonDocument>.Sort;
        var field = Summary + filter.SortBy switch
        {
            HistorySortField.Timestamp => "timestamp_utc",
            HistorySortField.Prompt => "prompt_key",
            HistorySortField.Models => "models_key",
            HistorySortField.Success => "success",
            HistorySortField.BestTimeToFirstToken => "best_time_to_first_token",
            HistorySortField.BestTokensPerSecond => "best_tokens_per_second",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.SortBy, "Unknown history sort field."),
        };

        var first = filter.Descending ? builder.Descending(field) : builder.Ascending(field);
        return builder.Combine(first, builder.Descending(Summary + "timestamp_utc"), builder.Ascending("_id"));
    }
}

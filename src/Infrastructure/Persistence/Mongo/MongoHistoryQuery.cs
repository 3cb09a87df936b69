using System.Text.RegularExpressions;
using Benchmarker.Application.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>Translates a <see cref="HistoryFilter"/> into a MongoDB filter and sort with the JSON store's semantics.</summary>
internal static class MongoHistoryQuery
{
    private const string Summary = MongoRunDocument.SummaryElement + ".";

    private const string Timestamp = Summary + "timestamp_utc";

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
            parts.Add(builder.Gte(Timestamp, from.UtcDateTime));
        }

        if (filter.To is { } to)
        {
            parts.Add(builder.Lte(Timestamp, to.UtcDateTime));
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
        var field = SortElement(filter.SortBy);

        var first = filter.Descending ? builder.Descending(field) : builder.Ascending(field);
        return builder.Combine(first, builder.Descending(Timestamp), builder.Ascending("_id"));
    }

    /// <summary>
    /// Documents after the cursor in the order of <see cref="Sort"/>: a column value further along,
    /// or the same value and an older timestamp, or the same value and timestamp and a larger id.
    /// Null sorts first ascending and last descending, as MongoDB sorts it.
    /// </summary>
    public static FilterDefinition<BsonDocument> After(HistoryCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);

        var builder = Builders<BsonDocument>.Filter;
        var field = SortElement(cursor.SortBy);
        var value = CursorValue(cursor);

        // A cursor made from a sub-millisecond timestamp compares as MongoDB stores dates: to the millisecond.
        var timestamp = new BsonDateTime(new DateTime(cursor.TimestampUtcTicks, DateTimeKind.Utc));
        var sameValue = builder.Eq(field, value);
        var parts = new List<FilterDefinition<BsonDocument>>
        {
            builder.And(sameValue, builder.Lt(Timestamp, timestamp)),
            builder.And(sameValue, builder.Eq(Timestamp, timestamp), builder.Gt("_id", cursor.Id)),
        };

        if (FurtherAlong(field, value, cursor.Descending) is { } further)
        {
            parts.Insert(0, further);
        }

        return builder.Or(parts);
    }

    private static string SortElement(HistorySortField sortBy) => Summary + sortBy switch
    {
        HistorySortField.Timestamp => "timestamp_utc",
        HistorySortField.Prompt => "prompt_key",
        HistorySortField.Models => "models_key",
        HistorySortField.Success => "success",
        HistorySortField.BestTimeToFirstToken => "best_time_to_first_token",
        HistorySortField.BestTokensPerSecond => "best_tokens_per_second",
        _ => throw new ArgumentOutOfRangeException(nameof(sortBy), sortBy, "Unknown history sort field."),
    };

    private static BsonValue CursorValue(HistoryCursor cursor) => cursor.SortBy switch
    {
        HistorySortField.Timestamp => new BsonDateTime(new DateTime(cursor.TimestampUtcTicks, DateTimeKind.Utc)),
        HistorySortField.Prompt or HistorySortField.Models => new BsonString(cursor.Text),
        HistorySortField.Success => cursor.Flag is { } flag ? BsonBoolean.Create(flag) : BsonNull.Value,
        _ => cursor.Number is { } number ? new BsonDouble(number) : BsonNull.Value,
    };

    /// <summary>
    /// Documents whose column value comes strictly after <paramref name="value"/>, or null when none can
    /// (a null value descending is already last). A range operator never matches null or a missing
    /// element, so null is added or left out by hand.
    /// </summary>
    private static FilterDefinition<BsonDocument>? FurtherAlong(string field, BsonValue value, bool descending)
    {
        var builder = Builders<BsonDocument>.Filter;

        if (value.IsBsonNull)
        {
            return descending ? null : builder.Ne(field, BsonNull.Value);
        }

        return descending ? builder.Or(builder.Lt(field, value), builder.Eq(field, BsonNull.Value)) : builder.Gt(field, value);
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The MongoDB filter a cursor becomes, checked as rendered BSON because no server runs in CI.
/// The contract suite checks the rows it selects when BENCHMARKER_TEST_MONGO is set.
/// </summary>
public sealed class MongoHistoryQueryTests
{
    private const string Ttft = "_summary.best_time_to_first_token";

    private const string Time = "_summary.timestamp_utc";

    private static readonly DateTime CursorTime = new(2026, 1, 1, 12, 0, 0, 123, DateTimeKind.Utc);

    private static HistoryCursor TtftCursor(double? value, bool descending) => new()
    {
        SortBy = HistorySortField.BestTimeToFirstToken,
        Descending = descending,
        Number = value,
        TimestampUtcTicks = CursorTime.Ticks + 4567,
        Id = "run-7",
    };

    private static BsonDocument Render(FilterDefinition<BsonDocument> filter) =>
        filter.Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry));

    /// <summary>The two tie clauses every cursor ends with: same value and older, or same value and time and larger id.</summary>
    private static BsonDocument[] Ties(BsonValue value) =>
    [
        new BsonDocument { { Ttft, value }, { Time, new BsonDocument("$lt", new BsonDateTime(CursorTime)) } },
        new BsonDocument { { Ttft, value }, { Time, new BsonDateTime(CursorTime) }, { "_id", new BsonDocument("$gt", "run-7") } },
    ];

    [Fact]
    public void After_number_ascending_takes_larger_values()
    {
        var rendered = Render(MongoHistoryQuery.After(TtftCursor(0.5, descending: false)));

        BsonArray expected = [new BsonDocument(Ttft, new BsonDocument("$gt", 0.5)), .. Ties(0.5)];
        Assert.Equal(new BsonDocument("$or", expected), rendered);
    }

    [Fact]
    public void After_number_descending_adds_nulls()
    {
        var rendered = Render(MongoHistoryQuery.After(TtftCursor(0.5, descending: true)));

        // The driver flattens the nested "$or" of smaller-or-null into the outer one.
        BsonArray expected = [new BsonDocument(Ttft, new BsonDocument("$lt", 0.5)), new BsonDocument(Ttft, BsonNull.Value), .. Ties(0.5)];
        Assert.Equal(new BsonDocument("$or", expected), rendered);
    }

    [Fact]
    public void After_null_ascending_takes_every_number()
    {
        var rendered = Render(MongoHistoryQuery.After(TtftCursor(null, descending: false)));

        BsonArray expected = [new BsonDocument(Ttft, new BsonDocument("$ne", BsonNull.Value)), .. Ties(BsonNull.Value)];
        Assert.Equal(new BsonDocument("$or", expected), rendered);
    }

    [Fact]
    public void After_null_descending_keeps_only_ties()
    {
        var rendered = Render(MongoHistoryQuery.After(TtftCursor(null, descending: true)));

        BsonArray expected = [.. Ties(BsonNull.Value)];
        Assert.Equal(new BsonDocument("$or", expected), rendered);
    }

    [Fact]
    public void Sort_matches_cursor_tie_break()
    {
        var sort = MongoHistoryQuery.Sort(new HistoryFilter { SortBy = HistorySortField.BestTimeToFirstToken, Descending = false })
            .Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry));

        Assert.Equal(new BsonDocument { { Ttft, 1 }, { Time, -1 }, { "_id", 1 } }, sort);
    }
}

using System.Runtime.CompilerServices;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Stores runs in the "runs" collection of <c>Storage:Mongo:Database</c>, one document per run with
/// the run id as _id. Filtering, sorting and paging run in the database; the indexes of
/// <see cref="MongoRunIndexes"/> are created on first use.
/// </summary>
public sealed class MongoBenchmarkRunRepository : IBenchmarkRunRepository, IStorageProbe
{
    private readonly IMongoDatabase database;

    private readonly IMongoCollection<BsonDocument> runs;

    private Task? indexCreation;

    public MongoBenchmarkRunRepository(MongoConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);

        database = connection.Database;
        runs = database.GetCollection<BsonDocument>("runs");
    }

    public async Task<RunSaveResult> SaveAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        RunIds.EnsureValid(run.Id);
        await EnsureIndexesAsync().WaitAsync(cancellationToken);

        var filter = Builders<BsonDocument>.Filter.Eq("_id", run.Id);
        await runs.ReplaceOneAsync(filter, MongoRunDocument.ToBson(run), new ReplaceOptions { IsUpsert = true }, cancellationToken);
        return RunSaveResult.Stored;
    }

    public async Task<BenchmarkRun?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!RunIds.IsValid(id))
        {
            return null;
        }

        var document = await runs.Find(Builders<BsonDocument>.Filter.Eq("_id", id)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : MongoRunDocument.ToRun(document);
    }

    public async Task<HistoryPage> QueryAsync(HistoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        HistoryPaging.EnsureValid(filter);
        await EnsureIndexesAsync().WaitAsync(cancellationToken);

        var cursor = filter.Cursor is null ? null : HistoryCursor.Decode(filter.Cursor, filter.SortBy, filter.Descending);
        var where = MongoHistoryQuery.Filter(filter);
        var total = await runs.CountDocumentsAsync(where, cancellationToken: cancellationToken);
        var items = new List<BenchmarkRunSummary>();
        var hasMore = false;

        // Limit 0 means "no limit" to MongoDB, so a page of zero items skips the find. One item
        // more than the page is read to learn whether a next page exists.
        if (filter.Limit > 0)
        {
            var summaries = await runs.Find(cursor is null ? where : Builders<BsonDocument>.Filter.And(where, MongoHistoryQuery.After(cursor)))
                .Sort(MongoHistoryQuery.Sort(filter))
                .Skip(filter.Offset)
                .Limit((int)Math.Min((long)filter.Limit + 1, int.MaxValue))
                .Project(Builders<BsonDocument>.Projection.Include(MongoRunDocument.SummaryElement))
                .ToListAsync(cancellationToken);
            hasMore = summaries.Count > filter.Limit;
            items.AddRange(summaries.Take(filter.Limit).Select(document => MongoRunDocument.ToSummary(document[MongoRunDocument.SummaryElement].AsBsonDocument)));
        }

        return new HistoryPage(items, (int)total, filter.Limit, filter.Offset)
        {
            NextCursor = hasMore ? HistoryCursor.After(items[^1], filter.SortBy, filter.Descending).Encode() : null,
        };
    }

    public async IAsyncEnumerable<BenchmarkRun> StreamAsync(HistoryFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        using var cursor = await runs.Find(MongoHistoryQuery.Filter(filter)).Sort(MongoHistoryQuery.Sort(filter)).ToCursorAsync(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var document in cursor.Current)
            {
                yield return MongoRunDocument.ToRun(document);
            }
        }
    }

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);

    /// <summary>Drops the database; used by tests that own a throw-away database.</summary>
    internal Task DropDatabaseAsync(CancellationToken cancellationToken) =>
        database.Client.DropDatabaseAsync(database.DatabaseNamespace.DatabaseName, cancellationToken);

    /// <summary>Creates the indexes once; a failed attempt (server down) is retried on the next call. Creating an existing index is a no-op.</summary>
    internal Task EnsureIndexesAsync()
    {
        var creation = indexCreation;
        if (creation is null || creation.IsFaulted || creation.IsCanceled)
        {
            creation = CreateIndexesAsync();
            indexCreation = creation;
        }

        return creation;
    }

    private Task CreateIndexesAsync() => runs.Indexes.CreateManyAsync(MongoRunIndexes.Models);
}

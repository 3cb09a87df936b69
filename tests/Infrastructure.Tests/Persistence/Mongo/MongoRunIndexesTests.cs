using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>Index keys, checked without a server against the filter and sort the history query renders.</summary>
public sealed class MongoRunIndexesTests
{
    private static readonly RenderArgs<BsonDocument> Args = new(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry);

    [Theory]
    [InlineData("timestamp_desc", "{ '_summary.timestamp_utc' : -1, '_id' : 1 }")]
    [InlineData("normalized_models_timestamp_desc", "{ '_summary.normalized_models' : 1, '_summary.timestamp_utc' : -1, '_id' : 1 }")]
    [InlineData("results_model_timestamp_desc", "{ 'results.model' : 1, '_summary.timestamp_utc' : -1, '_id' : 1 }")]
    [InlineData("success_timestamp_desc", "{ '_summary.success' : 1, '_summary.timestamp_utc' : -1, '_id' : 1 }")]
    public void Index_has_expected_keys(string name, string keys)
    {
        var index = Assert.Single(MongoRunIndexes.Models, model => model.Options.Name == name);

        Assert.Equal(BsonDocument.Parse(keys), index.Keys.Render(Args));
    }

    [Fact]
    public void Default_sort_matches_timestamp_index()
    {
        var sort = MongoHistoryQuery.Sort(new HistoryFilter()).Render(Args);
        var index = MongoRunIndexes.Models.Single(model => model.Options.Name == "timestamp_desc").Keys.Render(Args);

        Assert.Equal(index.Names, sort.Names);
        Assert.Equal(index.Values, sort.Values);
    }

    [Fact]
    public void Model_filter_uses_indexed_field()
    {
        var filter = MongoHistoryQuery.Filter(new HistoryFilter { Model = "llama3" }).Render(Args);

        Assert.Equal(new BsonDocument(MongoRunIndexes.NormalizedModels, "llama3:latest"), filter);
    }

    [Fact]
    public void Success_filter_uses_indexed_field()
    {
        var filter = MongoHistoryQuery.Filter(new HistoryFilter { Success = false }).Render(Args);

        Assert.Equal(new BsonDocument(MongoRunIndexes.Success, false), filter);
    }
}

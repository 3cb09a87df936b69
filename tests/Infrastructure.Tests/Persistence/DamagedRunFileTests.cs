using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Benchmarker.Infrastructure.Tests.Persistence.Import;
using Benchmarker.Infrastructure.Tests.Persistence.Mongo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>
/// A current-shape run file with one bad value, found in the store's directory or in the outbox, is
/// skipped with a message naming the field. It is never read as a file of the original tool, which
/// would keep the run without its flags, token counts and other current fields.
/// </summary>
public sealed class DamagedRunFileTests : IDisposable
{
    private const string BadField = "$.results[0].tokens.prompt_tokens";

    /// <summary>A field the start-up scanner reads, so a bad value there sends the file to the full reader.</summary>
    private const string ScannedField = "$.results[0].throughput.tokens_per_second";

    private readonly TempStore temp = new();

    private readonly RecordingLoggerProvider logs = new();

    [Fact]
    public async Task Store_skips_damaged_current_file()
    {
        Directory.CreateDirectory(temp.Directory);
        await File.WriteAllTextAsync(Path.Combine(temp.Directory, "run-1.json"), DamagedRun("results.0.throughput.tokens_per_second"));
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var store = new JsonFileBenchmarkRunRepository(
            Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = temp.Directory } }),
            factory.CreateLogger<JsonFileBenchmarkRunRepository>());

        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(0, page.Total);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("run-1.json", warning.Message, StringComparison.Ordinal);
        Assert.Contains(ScannedField, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_skips_file_with_nan_rate()
    {
        Directory.CreateDirectory(temp.Directory);
        var document = CurrentShapeDocumentTests.FullRunDocument();
        CurrentShapeDocumentTests.Set(document, "results.0.throughput.tokens_per_second", JsonValue.Create("NaN"));
        await File.WriteAllTextAsync(Path.Combine(temp.Directory, "run-1.json"), document.ToJsonString());
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var store = new JsonFileBenchmarkRunRepository(
            Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = temp.Directory } }),
            factory.CreateLogger<JsonFileBenchmarkRunRepository>());

        var page = await store.QueryAsync(new HistoryFilter(), CancellationToken.None);

        Assert.Equal(0, page.Total);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("run-1.json", warning.Message, StringComparison.Ordinal);
        Assert.Contains("NaN", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_read_names_damaged_field()
    {
        Directory.CreateDirectory(temp.Directory);
        await File.WriteAllTextAsync(Path.Combine(temp.Directory, "run-1.json"), DamagedRun("results.0.tokens.prompt_tokens"));
        await using var store = temp.Open();

        var error = await Assert.ThrowsAsync<JsonException>(() => store.GetAsync("run-1", CancellationToken.None));

        Assert.StartsWith("Run file 'run-1.json' has an invalid value at ", error.Message, StringComparison.Ordinal);
        Assert.Contains(BadField, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_keeps_damaged_current_file()
    {
        var outbox = Path.Combine(temp.Root, "outbox");
        Directory.CreateDirectory(outbox);
        var path = Path.Combine(outbox, "run-1.json");
        await File.WriteAllTextAsync(path, DamagedRun("results.0.tokens.prompt_tokens"));
        var store = Substitute.For<IBenchmarkRunRepository>();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var spool = new OutboxSpool(Options.Create(new StorageOptions { OutboxDirectory = outbox }));

        var saved = await new OutboxReplayer(store, spool, factory.CreateLogger<OutboxReplayer>()).ReplayAsync(CancellationToken.None);

        Assert.Equal(0, saved);
        Assert.True(File.Exists(path));
        await store.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
        var error = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error).Exception;
        Assert.IsType<JsonException>(error);
        Assert.Contains(BadField, error.Message, StringComparison.Ordinal);
    }

    private static string DamagedRun(string field)
    {
        var document = CurrentShapeDocumentTests.FullRunDocument();
        CurrentShapeDocumentTests.Set(document, field, JsonNode.Parse("""{"$numberDouble":"7"}"""));
        return document.ToJsonString();
    }

    public void Dispose()
    {
        logs.Dispose();
        temp.Dispose();
    }
}

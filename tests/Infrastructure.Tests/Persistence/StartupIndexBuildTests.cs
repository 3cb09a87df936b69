using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Serialization;
using Benchmarker.Infrastructure.Tests.Persistence.Mongo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>
/// The index build without index.json, with enough files that both reader threads take batches:
/// every good file is listed, damaged files are skipped with a warning, and of two files with one
/// run id the one written last wins.
/// </summary>
public sealed class StartupIndexBuildTests : IDisposable
{
    private const int FillerRuns = 500;

    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    private readonly RecordingLoggerProvider logs = new();

    [Fact]
    public async Task Every_good_file_is_listed()
    {
        WriteFillerRuns();

        var page = await QueryNewStoreAsync(new HistoryFilter { Limit = 1000 });

        Assert.Equal(FillerRuns, page.Total);
        Assert.Equal(Enumerable.Range(0, FillerRuns).Select(i => $"filler-{FillerRuns - 1 - i:D4}"), page.Items.Select(item => item.Id));
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    /// <summary>Cut in the fields of the only result, in its chunk offsets, and after the results array.</summary>
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.835)]
    [InlineData(0.99)]
    public async Task Truncated_file_is_skipped_with_warning(double keptFraction)
    {
        WriteFillerRuns();
        var whole = JsonSerializer.SerializeToUtf8Bytes(RunFactory.Run("truncated", T0.AddDays(1)), BenchmarkerJson.Options);
        File.WriteAllBytes(Path.Combine(temp.Directory, "truncated.json"), whole[..(int)(whole.Length * keptFraction)]);

        var page = await QueryNewStoreAsync(new HistoryFilter { Limit = 1 });

        Assert.Equal(FillerRuns, page.Total);
        Assert.Equal($"filler-{FillerRuns - 1:D4}", page.Items[0].Id);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("truncated.json", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newer_file_wins_for_same_run_id()
    {
        WriteFillerRuns();
        WriteRun("copy-a.json", RunFactory.Run("a", T0, prompt: "older copy"), writtenAt: T0.AddHours(1));
        WriteRun("a.json", RunFactory.Run("a", T0, prompt: "newer copy"), writtenAt: T0.AddHours(2));

        var page = await QueryNewStoreAsync(new HistoryFilter { PromptContains = "copy" });

        Assert.Equal("newer copy", Assert.Single(page.Items).PromptExcerpt);
        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("both copy-a.json and a.json", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Equal_write_times_pick_last_file_name()
    {
        WriteFillerRuns();
        WriteRun("b-first.json", RunFactory.Run("b", T0, prompt: "copy in b-first"), writtenAt: T0.AddHours(1));
        WriteRun("b-second.json", RunFactory.Run("b", T0, prompt: "copy in b-second"), writtenAt: T0.AddHours(1));

        var page = await QueryNewStoreAsync(new HistoryFilter { PromptContains = "copy" });

        Assert.Equal("copy in b-second", Assert.Single(page.Items).PromptExcerpt);
    }

    [Fact]
    public void Reader_threads_rethrow_first_error()
    {
        Directory.CreateDirectory(temp.Directory);
        var files = Enumerable.Range(0, 1000).Select(i => new RunFileEntry($"f{i}.json", RunFileEntry.UnknownLength, 0)).ToList();
        var calls = 0;
        var readers = new RunFileReaderThreads(temp.Directory, files, (file, _) =>
        {
            Interlocked.Increment(ref calls);
            if (file.FileName == "f300.json")
            {
                throw new InvalidOperationException("read failed on f300.json");
            }
        });

        var error = Assert.Throws<InvalidOperationException>(() => readers.ReadAll(CancellationToken.None));

        Assert.Equal("read failed on f300.json", error.Message);
        Assert.InRange(calls, 301, 1000);
    }

    [Fact]
    public void Reader_threads_read_each_file_once()
    {
        Directory.CreateDirectory(temp.Directory);
        var files = Enumerable.Range(0, 1000).Select(i => new RunFileEntry($"f{i}.json", RunFileEntry.UnknownLength, 0)).ToList();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

        new RunFileReaderThreads(temp.Directory, files, (file, _) => seen.AddOrUpdate(file.FileName, 1, (_, count) => count + 1))
            .ReadAll(CancellationToken.None);

        Assert.Equal(files.Select(file => file.FileName).Order(), seen.Keys.Order());
        Assert.All(seen.Values, count => Assert.Equal(1, count));
    }

    public void Dispose()
    {
        logs.Dispose();
        temp.Dispose();
    }

    private async Task<HistoryPage> QueryNewStoreAsync(HistoryFilter filter)
    {
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var store = new JsonFileBenchmarkRunRepository(
            Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = temp.Directory } }),
            factory.CreateLogger<JsonFileBenchmarkRunRepository>());

        return await store.QueryAsync(filter, CancellationToken.None);
    }

    private void WriteFillerRuns()
    {
        Directory.CreateDirectory(temp.Directory);
        for (var i = 0; i < FillerRuns; i++)
        {
            WriteRun($"filler-{i:D4}.json", RunFactory.Run($"filler-{i:D4}", T0.AddDays(-1).AddMinutes(i)), writtenAt: T0);
        }
    }

    private void WriteRun(string fileName, Domain.Benchmarks.BenchmarkRun run, DateTimeOffset writtenAt)
    {
        var path = Path.Combine(temp.Directory, fileName);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(run, BenchmarkerJson.Options));
        File.SetLastWriteTimeUtc(path, writtenAt.UtcDateTime);
    }
}

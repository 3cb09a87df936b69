using System.Text.Json;
using Benchmarker.Infrastructure.Persistence.Index;
using Benchmarker.Infrastructure.Persistence.Json;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>Checks that the slim start-up scan gives the same index entries as reading every file in full.</summary>
public sealed class SummaryScannerTests : IDisposable
{
    private const string Reordered =
        """{"results":[{"timing":{"time_to_first_token":0.25,"extra":[1,2]},"model":"mistral:7b","throughput":{"client_tokens_per_second":18,"tokens_per_second":null},"success":true,"backend":"ollama","flags":["few_tokens"]}],"unknown":{"a":[{}]},"prompt":"Reordered","timestamp":"2026-03-01T10:00:00+01:00","id":"reordered"}""";

    private const string DuplicatePrompt =
        """{"id":"duplicate","timestamp":"2026-03-01T10:00:00Z","prompt":"first","prompt":"second","results":[]}""";

    private readonly TempStore temp = new();

    [Fact]
    public async Task Start_without_index_file_matches_full_reading()
    {
        WriteVariedStore();

        await using (var store = temp.Open())
        {
            await store.QueryAsync(new Application.Abstractions.HistoryFilter(), CancellationToken.None);
        }

        var built = LoadIndexFile().ToDictionary(entry => entry.FileName, Describe);
        var expected = RunFileEntry.List(temp.Directory).ToDictionary(file => file.FileName, file => Describe(ReadInFull(file)));

        Assert.Equal(16, expected.Count);
        Assert.Equal(expected, built);
    }

    [Theory]
    [InlineData("plain.json", true)]
    [InlineData("mixed.json", true)]
    [InlineData("escaped.json", true)]
    [InlineData("long-prompt.json", true)]
    [InlineData("reordered.json", true)]
    [InlineData("indented.json", true)]
    [InlineData("string-rate.json", false)]
    [InlineData("duplicate.json", false)]
    [InlineData("benchmark_20241225_122858.json", false)]
    [InlineData("benchmark_results_20241225_122126.json", false)]
    public void Scanner_defers_other_shapes(string fileName, bool scanned)
    {
        WriteVariedStore();
        var file = RunFileEntry.List(temp.Directory).Single(candidate => candidate.FileName == fileName);

        var run = RunSummaryScanner.TryScan(File.ReadAllBytes(Path.Combine(temp.Directory, fileName)));

        Assert.Equal(scanned, run is not null);
        if (run is not null)
        {
            Assert.Equal(Describe(ReadInFull(file)), Describe(RunIndexEntry.From(run, file.FileName, file.Length, file.WriteTicks)));
        }
    }

    [Fact]
    public void Scanner_gives_up_on_broken_json()
    {
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"2026-03-01T10:00:00Z","prompt":"p","results":[{"model":"m","backend":"ollama","chunk_offsets":[1,]}]}"""u8));
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"2026-03-01T10:00:00Z","prompt":"p"} {}"""u8));
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"not a time","prompt":"p"}"""u8));
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"2026-03-01T10:00:00Z","prompt":"p","results":[{"model":"m"}]}"""u8));
    }

    /// <summary>The chunk offsets are measured without Utf8JsonReader, so damage in and around them is checked here.</summary>
    [Theory]
    [InlineData("[1,2]]")]
    [InlineData("[1,2")]
    [InlineData("[1,2],")]
    [InlineData("[1,2],\"x\":")]
    [InlineData("[1,2]}")]
    [InlineData("[1,2] 3")]
    [InlineData("[1,02]")]
    [InlineData("[1,2]],\"prompt\":\"p\"}")]
    public void Scanner_gives_up_on_damage_near_chunk_offsets(string offsetsAndRest)
    {
        var json = """{"id":"a","timestamp":"2026-03-01T10:00:00Z","results":[{"model":"m","backend":"ollama","chunk_offsets":""" + offsetsAndRest;

        Assert.Null(RunSummaryScanner.TryScan(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("[0.25, 0.5,\n 1e-3]")]
    [InlineData("[]")]
    [InlineData("[\"not a number\"]")]
    [InlineData("null")]
    public void Scanner_reads_past_any_chunk_offsets(string offsets)
    {
        var json = """{"id":"a","timestamp":"2026-03-01T10:00:00Z","results":[{"model":"m","backend":"ollama","chunk_offsets":""" + offsets
            + ""","success":true},{"model":"second","backend":"ollama"}],"prompt":"p"}""";

        var run = RunSummaryScanner.TryScan(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.NotNull(run);
        Assert.Equal(["m", "second"], run.Results.Select(result => result.Model));
        Assert.True(run.Results[0].Success);
        Assert.Equal("p", run.Prompt);
    }

    [Fact]
    public void Scanner_defers_run_without_results()
    {
        // A legacy file with an id and no results would scan, but its offset-less timestamp is UTC only to the full reader.
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"2024-12-25T22:20:48.838546","prompt":"p","results":[]}"""u8));
        Assert.Null(RunSummaryScanner.TryScan("""{"id":"a","timestamp":"2024-12-25T22:20:48.838546","prompt":"p"}"""u8));
    }

    public void Dispose() => temp.Dispose();

    private void WriteVariedStore()
    {
        Directory.CreateDirectory(temp.Directory);
        foreach (var run in ScannerRuns.All())
        {
            File.WriteAllBytes(Path.Combine(temp.Directory, run.Id + ".json"), JsonSerializer.SerializeToUtf8Bytes(run, BenchmarkerJson.Options));
        }

        var stringRate = JsonSerializer.Serialize(RunFactory.Run("string-rate", DateTimeOffset.UnixEpoch), BenchmarkerJson.Options);
        File.WriteAllText(Path.Combine(temp.Directory, "string-rate.json"), stringRate.Replace("\"tokens_per_second\":40", "\"tokens_per_second\":\"40.5\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(temp.Directory, "reordered.json"), Reordered);
        File.WriteAllText(Path.Combine(temp.Directory, "duplicate.json"), DuplicatePrompt);
        var indented = new JsonSerializerOptions(BenchmarkerJson.Options) { WriteIndented = true };
        File.WriteAllBytes(Path.Combine(temp.Directory, "indented.json"), JsonSerializer.SerializeToUtf8Bytes(ScannerRuns.All().Single(run => run.Id == "mixed") with { Id = "indented" }, indented));

        foreach (var fixture in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonToolRuns"), "*.json"))
        {
            File.Copy(fixture, Path.Combine(temp.Directory, Path.GetFileName(fixture)));
        }
    }

    private RunIndexEntry ReadInFull(RunFileEntry file)
    {
        var run = RunDocumentReader.Read(File.ReadAllBytes(Path.Combine(temp.Directory, file.FileName)), file.FileName);
        return RunIndexEntry.From(run, file.FileName, file.Length, file.WriteTicks);
    }

    private List<RunIndexEntry> LoadIndexFile()
    {
        var index = JsonSerializer.Deserialize<PersistedRunIndex>(File.ReadAllBytes(Path.Combine(temp.Directory, "index.json")), BenchmarkerJson.Options);
        return [.. index!.Entries];
    }

    /// <summary>Records compare lists by reference, so entries are compared as their JSON text.</summary>
    private static string Describe(RunIndexEntry entry) => JsonSerializer.Serialize(entry, BenchmarkerJson.Options);
}

using System.Net;
using System.Text;
using System.Text.Json;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>Export of the stored runs as CSV and JSON with the history's filters.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Csv_quotes_and_defuses_formulas()
    {
        await using var api = await BackgroundApi.StartAsync();
        api.Ollama.AddModel("sheet").WithChunks("=SUM(1,2)", " then \"quoted\"");
        var id = await RunAsync(api, "-1 is a prompt", "sheet");

        var csv = await api.Client.GetStringAsync("/api/benchmarks/export?format=csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("run_id,run_timestamp,cancelled,prompt,model,backend,success,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{id},", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'-1 is a prompt,sheet,ollama,true,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"'=SUM(1,2) then \"\"quoted\"\"\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_export_applies_filters()
    {
        await using var api = await BackgroundApi.StartAsync();
        api.Ollama.AddModel("one").WithChunks("a", "b");
        api.Ollama.AddModel("two").WithChunks("c", "d");
        var firstId = await RunAsync(api, "first", "one");
        await RunAsync(api, "second", "two");

        using var response = await api.Client.GetAsync("/api/benchmarks/export?format=json&model=one");
        using var all = JsonDocument.Parse(await api.Client.GetStringAsync("/api/benchmarks/export?format=json&sort=timestamp"));

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var filtered = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var run = Assert.Single(filtered.RootElement.EnumerateArray());
        Assert.Equal(firstId, run.GetProperty("id").GetString());
        Assert.Equal("ab", run.GetProperty("results")[0].GetProperty("response").GetString());
        Assert.Equal(["first", "second"], all.RootElement.EnumerateArray().Select(item => item.GetProperty("prompt").GetString()));
    }

    [Fact]
    public async Task Unknown_format_gets_400()
    {
        await using var api = await BackgroundApi.StartAsync();

        using var response = await api.Client.GetAsync("/api/benchmarks/export?format=xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("csv or json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(BackgroundApi api, string prompt, string model)
    {
        var body = JsonSerializer.Serialize(new { prompt, models = new[] { model } });
        using var response = await api.Client.PostAsync("/api/benchmarks/run", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var run = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return run.RootElement.GetProperty("id").GetString()!;
    }
}

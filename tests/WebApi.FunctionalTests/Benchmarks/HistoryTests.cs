using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.TestSupport.ScriptedOllama;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>History lookups, filters and sort through HTTP, on a host holding four known runs.</summary>
public sealed class HistoryTests(HistoryFixture fixture) : IClassFixture<HistoryFixture>
{
    [Fact]
    public async Task Unknown_id_is_404()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/benchmarks/history/0190000000007000800000000000abcd");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.NotFound);

        Assert.Contains("0190000000007000800000000000abcd", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_id_is_400()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/benchmarks/history/bad%20id%21");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("sort=colour", "sort")]
    public async Task Bad_query_is_400(string query, string field)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync($"/api/benchmarks/history?{query}");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrEmpty(HttpAssertions.ErrorsFor(problem, field)));
    }

    [Fact]
    public async Task Model_filter_matches_any_result()
    {
        var ids = await IdsAsync("model=beta");

        Assert.Equal([fixture.Cherries, fixture.Bananas], ids);
    }

    [Fact]
    public async Task Success_filter()
    {
        var successful = await IdsAsync("success=true");
        var failed = await IdsAsync("success=false");

        Assert.Equal([fixture.Dates, fixture.Apples], successful);
        Assert.Equal([fixture.Cherries, fixture.Bananas], failed);
    }

    [Fact]
    public async Task Prompt_filter()
    {
        var ids = await IdsAsync("prompt=banana");

        Assert.Equal([fixture.Bananas], ids);
    }

    [Fact]
    public async Task Time_range_filter()
    {
        var from = Uri.EscapeDataString(fixture.BananasTimestamp.ToString("O", CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(fixture.CherriesTimestamp.ToString("O", CultureInfo.InvariantCulture));

        var ids = await IdsAsync($"from={from}&to={to}");

        Assert.Equal([fixture.Cherries, fixture.Bananas], ids);
    }

    [Fact]
    public async Task Sort_by_best_rate_descending()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/benchmarks/history?sort=-best_tokens_per_second");
        var page = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var rates = page.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("best_tokens_per_second"))
            .Where(rate => rate.ValueKind == JsonValueKind.Number)
            .Select(rate => rate.GetDouble())
            .ToList();

        Assert.Equal(fixture.Dates, page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(3, rates.Count);
        Assert.Equal(rates.OrderDescending(), rates);
    }

    [Fact]
    public async Task Paging_reports_total()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/benchmarks/history?limit=1&offset=1");
        var page = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);

        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(fixture.Cherries, page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
    }

    private async Task<List<string?>> IdsAsync(string query)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync($"/api/benchmarks/history?{query}");
        var page = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);

        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString())];
    }
}

/// <summary>
/// Four runs, oldest first: apples (alpha, succeeds), bananas (beta, fails), cherries (alpha and beta,
/// fails) and dates (gamma, succeeds with the highest token rate).
/// </summary>
public sealed class HistoryFixture : IAsyncLifetime
{
    private IsolatedApi? api;

    public string Apples { get; private set; } = "";

    public string Bananas { get; private set; } = "";

    public string Cherries { get; private set; } = "";

    public string Dates { get; private set; } = "";

    public DateTimeOffset BananasTimestamp { get; private set; }

    public DateTimeOffset CherriesTimestamp { get; private set; }

    public HttpClient CreateClient() => (api ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();

    public async Task InitializeAsync()
    {
        api = await IsolatedApi.StartAsync(ollama =>
        {
            // No eval_duration is reported, so each best rate is the client's own (tokens after the
            // first over the time between first and last chunk) and no comparison with a server rate
            // can flag it implausible_rate under load. The chunk gaps (50 ms and 20 ms) keep gamma's
            // rate (about 50 tokens/s) above alpha's (about 20) unless a read is tens of milliseconds late.
            ollama.AddModel("alpha:latest", model =>
            {
                model.WithChunks("a", "b");
                model.ChunkDelay = TimeSpan.FromMilliseconds(50);
                model.Stats = new ScriptedStats { EvalCount = 2, PromptEvalCount = 3, PromptEvalDurationNs = 5_000_000, TotalDurationNs = 110_000_000 };
            });
            ollama.AddModel("beta:latest", model => model.FailNext(500, "runner crashed", count: 100));
            ollama.AddModel("gamma:latest", model =>
            {
                model.WithChunks("a", "b", "c", "d");
                model.ChunkDelay = TimeSpan.FromMilliseconds(20);
                model.Stats = new ScriptedStats { EvalCount = 4, PromptEvalCount = 3, PromptEvalDurationNs = 5_000_000, TotalDurationNs = 90_000_000 };
            });
        });
        using var client = api.CreateClient();

        (Apples, _) = await RunAsync(client, "apples", "alpha");
        (Bananas, BananasTimestamp) = await RunAsync(client, "bananas", "beta");
        (Cherries, CherriesTimestamp) = await RunAsync(client, "cherries", "alpha", "beta");
        (Dates, _) = await RunAsync(client, "dates", "gamma");
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }

    private static async Task<(string Id, DateTimeOffset Timestamp)> RunAsync(HttpClient client, string prompt, params string[] models)
    {
        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt, models });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);

        return (run.GetProperty("id").GetString()!, run.GetProperty("timestamp").GetDateTimeOffset());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>Keyset paging of the history through HTTP, on a host holding five runs.</summary>
public sealed class HistoryCursorTests(FiveRunsFixture fixture) : IClassFixture<FiveRunsFixture>
{
    [Fact]
    public async Task Cursor_walk_lists_each_run_once()
    {
        using var client = fixture.CreateClient();
        var expected = Ids(await GetPageAsync(client, "limit=50"));
        var walked = new List<string?>();
        var pageSizes = new List<int>();

        var page = await GetPageAsync(client, "limit=2");
        while (true)
        {
            walked.AddRange(Ids(page));
            pageSizes.Add(page.GetProperty("items").GetArrayLength());
            Assert.Equal(5, page.GetProperty("total").GetInt32());

            var cursor = page.GetProperty("next_cursor");
            if (cursor.ValueKind == JsonValueKind.Null)
            {
                break;
            }

            page = await GetPageAsync(client, $"limit=2&cursor={Uri.EscapeDataString(cursor.GetString()!)}");
        }

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, walked);
        Assert.Equal([2, 2, 1], pageSizes);
    }

    [Fact]
    public async Task Cursor_walk_follows_sort()
    {
        using var client = fixture.CreateClient();
        var expected = Ids(await GetPageAsync(client, "limit=50&sort=prompt"));

        var first = await GetPageAsync(client, "limit=3&sort=prompt");
        var cursor = Uri.EscapeDataString(first.GetProperty("next_cursor").GetString()!);
        var second = await GetPageAsync(client, $"limit=3&sort=prompt&cursor={cursor}");

        Assert.Equal(expected, Ids(first).Concat(Ids(second)));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "start again without cursor")]
    [InlineData("cursor=e30", "start again without cursor")]
    [InlineData("sort=timestamp&cursor={cursor}", "another sort order")]
    [InlineData("offset=2&cursor={cursor}", "offset")]
    public async Task Bad_cursor_is_400(string query, string expectedText)
    {
        using var client = fixture.CreateClient();
        var first = await GetPageAsync(client, "limit=2");
        var cursor = Uri.EscapeDataString(first.GetProperty("next_cursor").GetString()!);

        using var response = await client.GetAsync($"/api/benchmarks/history?{query.Replace("{cursor}", cursor, StringComparison.Ordinal)}");
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains(expectedText, HttpAssertions.ErrorsFor(problem, "cursor"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetPageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/benchmarks/history?{query}");
        return await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
    }

    private static List<string?> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString())];
}

/// <summary>Five successful runs of one model, with prompts out of timestamp order so the prompt sort differs from the default.</summary>
public sealed class FiveRunsFixture : IAsyncLifetime
{
    private IsolatedApi? api;

    public HttpClient CreateClient() => (api ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();

    public async Task InitializeAsync()
    {
        api = await IsolatedApi.StartAsync(ollama => ollama.AddModel("alpha:latest", model => model.WithChunks("a", "b")));
        using var client = api.CreateClient();

        foreach (var prompt in new[] { "echo", "bravo", "delta", "alpha", "charlie" })
        {
            using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt, models = new[] { "alpha" } });
            await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        }
    }

    public async Task DisposeAsync()
    {
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }
}

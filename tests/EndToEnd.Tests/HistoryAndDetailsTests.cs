using Microsoft.Playwright;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>History sorting and filtering, and the details page, on stored runs with known numbers.</summary>
[Collection(UiCollection.Name)]
public sealed class HistoryAndDetailsTests(UiHost host)
{
    [Fact]
    public async Task History_sorts_and_filters()
    {
        var day = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await host.SaveRunAsync(ScriptedModels.Run("sorting sample one", day, ScriptedModels.Result(ScriptedModels.CompareA, 0.3, 20)));
        await host.SaveRunAsync(ScriptedModels.Run("sorting sample two", day.AddMinutes(1), ScriptedModels.Result(ScriptedModels.CompareA, 0.1, 60)));
        await host.SaveRunAsync(ScriptedModels.Run("sorting sample three", day.AddMinutes(2), ScriptedModels.Result(ScriptedModels.CompareA, 0.2, 40, success: false)));

        var watched = await host.OpenAsync("/history");
        var page = watched.Page;
        await page.GetByLabel("Prompt contains").FillAsync("sorting sample");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("#history-table tbody tr")).ToHaveCountAsync(3);

        await page.Locator("th a[data-sort=best_tokens_per_second]").ClickAsync();
        await page.WaitForURLAsync("**sort=best_tokens_per_second**");

        // The failed run has no best rate; a missing value sorts as the smallest.
        Assert.Equal(["sorting sample three", "sorting sample one", "sorting sample two"], await PromptsAsync(page));

        await page.Locator("th a[data-sort=best_tokens_per_second]").ClickAsync();
        await page.WaitForURLAsync("**sort=-best_tokens_per_second**");
        Assert.Equal(["sorting sample two", "sorting sample one", "sorting sample three"], await PromptsAsync(page));
        await watched.ScreenshotAsync("history.png");

        await page.GetByLabel("Result").SelectOptionAsync("false");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**success=false**");
        Assert.Equal(["sorting sample three"], await PromptsAsync(page));
        Assert.Contains("success=false", await page.Locator("#export-csv").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

        await page.GetByLabel("Prompt contains").FillAsync("nothing like this");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("#history-empty")).ToBeVisibleAsync();
        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Details_show_formulas_flags_charts()
    {
        var result = ScriptedModels.Result(ScriptedModels.CompareB, 0.25, 33) with { Flags = ["truncated"] };
        var id = await host.SaveRunAsync(ScriptedModels.Run("details sample", DateTimeOffset.UtcNow, result));

        var watched = await host.OpenAsync($"/runs/{id}");
        var page = watched.Page;

        await Assertions.Expect(page.Locator("#run-prompt")).ToHaveTextAsync("details sample");
        var ttft = page.Locator("table.metrics abbr", new() { HasText = "Time to first token" });
        Assert.Contains("first chunk carrying generated text", await ttft.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".flags")).ToContainTextAsync("token limit");
        await Assertions.Expect(page.Locator("canvas.load-chart")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas')].every(canvas => window.Chart.getChart(canvas))");
        Assert.EndsWith($"/api/benchmarks/history/{id}", await page.Locator("#download-json").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);
        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Unknown_run_gets_404_page()
    {
        var page = await host.Browser.NewPageAsync();

        var response = await page.GotoAsync(host.BaseUrl + "/runs/does-not-exist");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.Locator("#not-found")).ToContainTextAsync("There is no saved run");
    }

    private static async Task<string[]> PromptsAsync(IPage page) =>
        [.. await page.Locator("#history-table tbody td.prompt-cell").AllTextContentsAsync()];
}

using Microsoft.Playwright;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>Comparing two models, and a question to Ask Nova.</summary>
[Collection(UiCollection.Name)]
public sealed class CompareAndNovaTests(UiHost host)
{
    [Fact]
    public async Task Compare_counts_excluded_results()
    {
        var day = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await host.SaveRunAsync(ScriptedModels.Run("compare sample", day,
            ScriptedModels.Result(ScriptedModels.CompareA, 0.2, 50), ScriptedModels.Result(ScriptedModels.CompareB, 0.4, 25)));
        await host.SaveRunAsync(ScriptedModels.Run("compare sample", day.AddMinutes(1),
            ScriptedModels.Result(ScriptedModels.CompareA, 0.4, 70), ScriptedModels.Result(ScriptedModels.CompareB, 0.9, 10, success: false)));

        var watched = await host.OpenAsync("/compare");
        var page = watched.Page;
        await Assertions.Expect(page.Locator("#compare-empty")).ToBeVisibleAsync();
        await page.Locator($"input[name=models][value=\"{ScriptedModels.CompareA}\"]").CheckAsync();
        await page.Locator($"input[name=models][value=\"{ScriptedModels.CompareB}\"]").CheckAsync();
        await page.GetByLabel("From (UTC day)").FillAsync("2026-02-01");
        await page.GetByLabel("To (UTC day)").FillAsync("2026-02-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var rowA = page.Locator($"tr.model-first[data-model=\"{ScriptedModels.CompareA}\"]");
        var rowB = page.Locator($"tr.model-first[data-model=\"{ScriptedModels.CompareB}\"]");
        await Assertions.Expect(rowA).ToContainTextAsync("2 result(s), 2 counted");
        await Assertions.Expect(rowB).ToContainTextAsync("1 left out");
        await Assertions.Expect(rowB.Locator(".exclusions")).ToContainTextAsync("failed: 1");
        var mean = await page.Locator($"td[data-metric=time_to_first_token][data-model=\"{ScriptedModels.CompareA}\"]").GetAttributeAsync("data-value");
        Assert.Equal(0.3, double.Parse(mean!, System.Globalization.CultureInfo.InvariantCulture), 9);

        // Two results 0.2 s and 0.4 s: sd = √0.02 = 0.141 and the CI is 0.3 ± 12.706 · 0.1 (t for 1 degree of freedom).
        var ttftA = $"td[data-metric=time_to_first_token][data-model=\"{ScriptedModels.CompareA}\"]";
        var ttftB = $"td[data-metric=time_to_first_token][data-model=\"{ScriptedModels.CompareB}\"]";
        await Assertions.Expect(page.Locator("#compare-table thead")).ToContainTextAsync("Mean ± sd");
        await Assertions.Expect(page.Locator("#compare-table thead")).ToContainTextAsync("p99");
        await Assertions.Expect(page.Locator("#compare-table thead")).ToContainTextAsync("95 % CI");
        await Assertions.Expect(page.Locator(ttftA)).ToHaveTextAsync("0.300 ± 0.141");
        await Assertions.Expect(page.Locator($"tr:has({ttftA}) td.ci")).ToHaveTextAsync("-0.971 – 1.571");
        await Assertions.Expect(page.Locator($"tr:has({ttftB}) td.ci")).ToHaveTextAsync("—");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas.compare-chart')].every(canvas => window.Chart.getChart(canvas))");

        await watched.ScreenshotAsync("compare.png");
        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Nova_answer_shows_steps_and_session()
    {
        var watched = await host.OpenAsync("/nova");
        var page = watched.Page;
        await Assertions.Expect(page.Locator("#conversation-empty")).ToBeVisibleAsync();

        await page.GetByLabel("Model").SelectOptionAsync(ScriptedModels.Nova);
        await page.GetByLabel("Maximum tokens per step").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();

        var answer = page.Locator("article.message[data-role=assistant]");
        await answer.WaitForAsync(new() { Timeout = 60_000 });
        Assert.StartsWith("How Nova got there", await answer.Locator("details summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("/nova?session=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#sessions li")).ToHaveCountAsync(1);
        await answer.Locator("details summary").ClickAsync();
        await watched.ScreenshotAsync("nova.png");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#sessions li")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("article.message")).ToHaveCountAsync(2);
        watched.AssertNoErrors();
    }
}

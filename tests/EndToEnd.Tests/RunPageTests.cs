using Microsoft.Playwright;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>The Run page in a real browser: streaming, the built-in demo model and untrusted model output.</summary>
[Collection(UiCollection.Name)]
public sealed class RunPageTests(UiHost host)
{
    [Fact]
    public async Task Run_streams_text_before_metrics()
    {
        var watched = await host.OpenAsync("/");
        var page = watched.Page;

        await page.GetByLabel("Prompt").FillAsync("Why is the sky blue?");
        await page.Locator($"input[name=models][value=\"{ScriptedModels.Streaming}\"]").CheckAsync();
        await page.Locator("input[name=models][value=\"tiny-random-llama.gguf\"]").CheckAsync();
        await page.GetByLabel("Maximum tokens (num_predict)").FillAsync("48");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();

        // Text and the first-token time are on screen while the panel status is still running.
        await page.WaitForFunctionAsync(
            """
            model => {
              const panel = document.querySelector(`.panel[data-model="${model}"]`);
              return panel && panel.dataset.status === 'running'
                && panel.querySelector('.panel-answer').textContent.length > 0
                && panel.querySelector('.m-ttft').textContent.endsWith(' s');
            }
            """,
            ScriptedModels.Streaming);
        var streaming = page.Locator($".panel[data-model=\"{ScriptedModels.Streaming}\"]");
        Assert.Equal("—", await streaming.Locator(".m-total").TextContentAsync());

        await page.Locator("#details-link").WaitForAsync();
        Assert.Equal("finished", await streaming.GetAttributeAsync("data-status"));
        Assert.Equal("The sky is blue because air scatters short waves more.", await streaming.Locator(".panel-answer").TextContentAsync());
        Assert.EndsWith("tok/s", await streaming.Locator(".m-rate").TextContentAsync(), StringComparison.Ordinal);
        var demo = page.Locator(".panel[data-model=\"tiny-random-llama.gguf\"]");
        Assert.Equal("finished", await demo.GetAttributeAsync("data-status"));
        Assert.NotEqual("0", await demo.Locator(".m-chunks").TextContentAsync());

        await watched.ScreenshotAsync("run.png");

        await page.Locator("#details-link").ClickAsync();
        await page.WaitForURLAsync("**/runs/*");
        await Assertions.Expect(page.Locator("section.result")).ToHaveCountAsync(2);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('canvas')].every(canvas => window.Chart.getChart(canvas))");
        await watched.ScreenshotAsync("details.png");
        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Answer_markup_is_shown_as_text()
    {
        var watched = await host.OpenAsync("/");
        var page = watched.Page;

        await page.Locator($"input[name=models][value=\"{ScriptedModels.Hostile}\"]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await page.Locator("#details-link").WaitForAsync();

        var answer = page.Locator($".panel[data-model=\"{ScriptedModels.Hostile}\"] .panel-answer");
        Assert.Equal(ScriptedModels.HostileAnswer, await answer.TextContentAsync());
        Assert.Equal(0, await answer.Locator("script, img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));

        await page.Locator("#details-link").ClickAsync();
        await page.WaitForURLAsync("**/runs/*");
        await Assertions.Expect(page.Locator("pre.answer")).ToHaveTextAsync(ScriptedModels.HostileAnswer);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Run_without_input_shows_errors()
    {
        var watched = await host.OpenAsync("/");
        var page = watched.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#run-errors")).ToContainTextAsync("Choose at least one model.");

        await page.GetByLabel("Prompt").FillAsync("   ");
        await page.Locator($"input[name=models][value=\"{ScriptedModels.CompareA}\"]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#run-errors")).ToContainTextAsync("is required");

        // The browser logs the 400 response of the API call as a console error; anything else is a fault.
        Assert.All(watched.Errors, error => Assert.Contains("400", error, StringComparison.Ordinal));
    }
}

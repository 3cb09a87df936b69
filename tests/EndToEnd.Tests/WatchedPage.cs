using Microsoft.Playwright;

namespace Benchmarker.EndToEnd.Tests;

/// <summary>A browser tab with every console error and uncaught exception it produced.</summary>
public sealed class WatchedPage
{
    private readonly List<string> errors = [];

    public WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => errors;

    /// <summary>Fails with the recorded errors, if any.</summary>
    public void AssertNoErrors() => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    /// <summary>Saves a screenshot when BENCHMARKER_SCREENSHOTS names a directory (used to refresh docs/images).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var target = Environment.GetEnvironmentVariable("BENCHMARKER_SCREENSHOTS");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(target, name), FullPage = true });
    }
}

using System.Net;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Errors;

/// <summary>The History page names a filter it could not read instead of silently dropping it.</summary>
public sealed class HistoryPageFilterTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/history?from=notadate", "The from filter 'notadate' was ignored because it is not a date such as 2026-01-31.")]
    [InlineData("/history?to=later", "The to filter 'later' was ignored because it is not a date such as 2026-01-31.")]
    [InlineData("/history?success=maybe", "The success filter 'maybe' was ignored because it is not true or false.")]
    [InlineData("/history?p=two", "The p filter 'two' was ignored because it is not a page number.")]
    public async Task Bad_filter_is_reported(string url, string expected)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_filters_report_nothing()
    {
        using var client = fixture.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/history?from=2026-01-01&success=true", UriKind.Relative)));

        Assert.DoesNotContain("was ignored", page, StringComparison.Ordinal);
    }
}

using System.Net;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Errors;

/// <summary>
/// A query value that does not parse gets a 400 ValidationProblemDetails keyed by the name the
/// client sent, saying what the value must be, never the C# type or parameter name.
/// </summary>
public sealed class QueryBindingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/api/benchmarks/history?from=notadate", "from", "'notadate' is not a valid date and time: use the form 2026-01-31T00:00:00Z.")]
    [InlineData("/api/benchmarks/history?to=yesterday", "to", "'yesterday' is not a valid date and time")]
    [InlineData("/api/benchmarks/history?limit=abc", "limit", "'abc' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("/api/benchmarks/history?offset=1.5", "offset", "'1.5' is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("/api/benchmarks/history?success=maybe", "success", "'maybe' is not valid: use true or false.")]
    [InlineData("/api/benchmarks/compare?models=x&include_flagged=maybe", "include_flagged", "'maybe' is not valid: use true or false.")]
    [InlineData("/api/benchmarks/compare?models=x&from=soon", "from", "'soon' is not a valid date and time")]
    [InlineData("/api/benchmarks/export?from=notadate", "from", "'notadate' is not a valid date and time")]
    [InlineData("/api/benchmarks/export?success=1x", "success", "'1x' is not valid: use true or false.")]
    public async Task Bad_query_value_names_wire_field(string url, string field, string expected)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains(expected, HttpAssertions.ErrorsFor(problem, field), StringComparison.Ordinal);
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.DoesNotContain("Nullable", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("includeFlagged", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_header_value_names_header()
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/benchmarks/no-such-run/events");
        request.Headers.TryAddWithoutValidation("Last-Event-ID", "seven");

        using var response = await client.SendAsync(request);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("'seven' is not a whole number from -9223372036854775808 to 9223372036854775807.", HttpAssertions.ErrorsFor(problem, "Last-Event-ID"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_number_names_range()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/benchmarks/history?limit=99999999999", UriKind.Relative));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal(
            "'99999999999' is not a whole number from -2147483648 to 2147483647.",
            HttpAssertions.ErrorsFor(problem, "limit"));
    }

    [Fact]
    public async Task Shortened_value_keeps_surrogate_pairs()
    {
        using var client = fixture.CreateClient();
        var value = new string('a', 99) + "\U0001F600" + new string('b', 10);

        using var response = await client.GetAsync(new Uri("/api/benchmarks/history?from=" + Uri.EscapeDataString(value), UriKind.Relative));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        var message = HttpAssertions.ErrorsFor(problem, "from");
        Assert.DoesNotContain("\uFFFD", message, StringComparison.Ordinal);
        Assert.StartsWith("'" + new string('a', 99) + "\U0001F600…'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_value_is_shortened()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/benchmarks/history?limit=" + new string('9', 500), UriKind.Relative));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        var message = HttpAssertions.ErrorsFor(problem, "limit");
        Assert.Contains("…' is not a whole number from ", message, StringComparison.Ordinal);
        Assert.True(message.Length < 200, message);
    }
}

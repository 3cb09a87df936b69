using System.Net;
using System.Text;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Errors;

/// <summary>A body of the wrong shape gets a 400 naming the field and the kind of value it takes.</summary>
public sealed class MalformedBodyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("""{"prompt":"x","models":["a"],"parameters":{"temperature":"hot"}}""", "$.parameters.temperature must be a number")]
    [InlineData("""{"prompt":"x","models":["a"],"parameters":{"seed":1.5}}""", "$.parameters.seed must be a whole number")]
    [InlineData("""{"prompt":"x","models":["a"],"parameters":{"think":"yes"}}""", "$.parameters.think must be true or false")]
    [InlineData("""{"prompt":"x","models":"a"}""", "$.models must be an array")]
    [InlineData("""{"prompt":"x","models":["a"],"mode":"fast"}""", "$.mode must be one of \"sequential\", \"parallel\"")]
    [InlineData("""{"prompt":"x",""", "not valid JSON")]
    public async Task Wrong_value_names_field_and_kind(string body, string expected)
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsync("/api/benchmarks/run", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

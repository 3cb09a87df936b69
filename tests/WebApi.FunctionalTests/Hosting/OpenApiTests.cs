using System.Net;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Hosting;

/// <summary>The OpenAPI document and the Swagger UI are served.</summary>
public sealed class OpenApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Document_lists_run_endpoint()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/benchmarks/run", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/nova/ask", out _));
    }

    [Fact]
    public async Task Swagger_ui_answers()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/swagger");

        Assert.True(response.IsSuccessStatusCode, $"GET /swagger returned {response.StatusCode}");
    }
}

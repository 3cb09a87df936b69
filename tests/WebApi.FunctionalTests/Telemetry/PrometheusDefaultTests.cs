using System.Net;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Telemetry;

public sealed class PrometheusDefaultTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Metrics_endpoint_is_off_by_default()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

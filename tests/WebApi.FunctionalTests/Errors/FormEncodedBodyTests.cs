using System.Net;
using System.Text;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;

namespace Benchmarker.WebApi.FunctionalTests.Errors;

/// <summary>curl -d labels a JSON body as a form; the API reads it as JSON unless a browser sent it.</summary>
public sealed class FormEncodedBodyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Body = """{"prompt":"How should we cache model outputs?","parameters":{"model":"llama3.2","max_tokens":8}}""";

    [Fact]
    public async Task Curl_form_body_read_as_json()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsync("/api/nova/ask", new StringContent(Body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("session_id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_form_post_gets_415()
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/nova/ask")
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("Origin", "http://attacker.example");

        using var response = await client.SendAsync(request);
        var problem = await HttpAssertions.ReadProblemAsync(response, HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

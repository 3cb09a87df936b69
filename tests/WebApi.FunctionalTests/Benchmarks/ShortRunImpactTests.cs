using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Sampling;
using Benchmarker.WebApi.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Benchmarker.WebApi.FunctionalTests.Benchmarks;

/// <summary>System impact of a generation too short to contain a sample of its own.</summary>
public sealed class ShortRunImpactTests
{
    // The demo model starts 200 ms after the sampler's reading at 1.2 s (see LateStartSampler), and
    // its run of tens of milliseconds ends long before the next reading at 2.4 s. The final sample
    // then comes less than half an interval (600 ms) after the reading before the model's start.
    private const string SamplerInterval = "00:00:01.200";

    [Fact]
    public async Task Short_run_after_reading_has_cpu()
    {
        await using var api = await IsolatedApi.StartAsync(overrides: new Dictionary<string, string?> { ["Sampler:Interval"] = SamplerInterval });
        await using var host = api.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SystemSampler>();
            services.Replace(ServiceDescriptor.Singleton<ISystemSampler>(provider => new LateStartSampler(provider.GetRequiredService<SystemSampler>())));
        }));
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new
        {
            prompt = "Hello",
            models = new[] { ApiFixture.DemoModelName },
            parameters = new { num_predict = 24, seed = 7 },
        });
        var run = await HttpAssertions.ReadJsonAsync(response, HttpStatusCode.OK);
        var result = run.GetProperty("results")[0];
        var impact = result.GetProperty("system_impact");
        var samples = impact.GetProperty("samples");

        Assert.True(result.GetProperty("success").GetBoolean(), result.GetProperty("error").ToString());

        // The final sample, taken after the generation, is normally the window's only one. A
        // sampler thread that starts late can put a regular sample inside the window instead, and
        // then the final sample is left out. Either way every sample of the window has CPU figures.
        Assert.NotEmpty(samples.EnumerateArray());
        Assert.All(samples.EnumerateArray(), sample => Assert.Equal(JsonValueKind.Number, sample.GetProperty("cpu_percent").ValueKind));

        var cpu = impact.GetProperty("cpu_percent");
        Assert.Equal(JsonValueKind.Object, cpu.ValueKind);
        Assert.InRange(cpu.GetProperty("mean").GetDouble(), 0, 100);
        Assert.Equal(Environment.ProcessorCount, impact.GetProperty("cpu_per_core").GetArrayLength());
        Assert.True(impact.GetProperty("process").GetProperty("cpu_percent").GetProperty("mean").GetDouble() >= 0);
    }
}

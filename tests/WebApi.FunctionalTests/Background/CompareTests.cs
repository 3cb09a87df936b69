using System.Net;
using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.WebApi.FunctionalTests.Background;

/// <summary>Statistics per model over stored results with known values.</summary>
public sealed class CompareTests
{
    [Fact]
    public async Task Compare_excludes_failed_and_wrong_numbers()
    {
        await using var api = await BackgroundApi.StartAsync();
        await SeedAsync(api);

        using var document = JsonDocument.Parse(await api.Client.GetStringAsync("/api/benchmarks/compare?models=alpha&models=beta"));
        var alpha = document.RootElement.GetProperty("models")[0];
        var beta = document.RootElement.GetProperty("models")[1];

        Assert.Equal("alpha", alpha.GetProperty("model").GetString());
        Assert.Equal(7, alpha.GetProperty("results").GetInt32());
        Assert.Equal(5, alpha.GetProperty("included").GetInt32());
        Assert.Equal(2, alpha.GetProperty("excluded").GetInt32());
        Assert.Equal(1, alpha.GetProperty("exclusion_reasons").GetProperty("failed").GetInt32());
        Assert.Equal(1, alpha.GetProperty("exclusion_reasons").GetProperty("implausible_rate").GetInt32());

        var ttft = alpha.GetProperty("time_to_first_token");
        Assert.Equal(5, ttft.GetProperty("count").GetInt32());
        Assert.Equal(0.1, ttft.GetProperty("min").GetDouble(), 9);
        Assert.Equal(0.5, ttft.GetProperty("max").GetDouble(), 9);
        Assert.Equal(0.3, ttft.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(0.3, ttft.GetProperty("median").GetDouble(), 9);
        Assert.Equal(0.46, ttft.GetProperty("p90").GetDouble(), 9);
        Assert.Equal(0.496, ttft.GetProperty("p99").GetDouble(), 9);
        Assert.Equal(Math.Sqrt(0.025), ttft.GetProperty("standard_deviation").GetDouble(), 9);
        Assert.Equal(0.3 - HalfWidthOfFive(0.1), ttft.GetProperty("confidence_interval_low").GetDouble(), 9);
        Assert.Equal(0.3 + HalfWidthOfFive(0.1), ttft.GetProperty("confidence_interval_high").GetDouble(), 9);

        var rate = alpha.GetProperty("tokens_per_second");
        Assert.Equal(30, rate.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(50, rate.GetProperty("max").GetDouble(), 9);

        var client = alpha.GetProperty("client_tokens_per_second");
        Assert.Equal(1, client.GetProperty("count").GetInt32());
        Assert.Equal(50, client.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, client.GetProperty("standard_deviation").ValueKind);
        Assert.Equal(JsonValueKind.Null, client.GetProperty("confidence_interval_low").ValueKind);
        Assert.Equal(JsonValueKind.Null, client.GetProperty("confidence_interval_high").ValueKind);

        var endToEnd = alpha.GetProperty("end_to_end_tokens_per_second");
        Assert.Equal(5, endToEnd.GetProperty("count").GetInt32());
        Assert.Equal(30, endToEnd.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(49.6, endToEnd.GetProperty("p99").GetDouble(), 9);
        Assert.Equal(Math.Sqrt(250), endToEnd.GetProperty("standard_deviation").GetDouble(), 9);
        Assert.Equal(30 - HalfWidthOfFive(10), endToEnd.GetProperty("confidence_interval_low").GetDouble(), 9);
        Assert.Equal(30 + HalfWidthOfFive(10), endToEnd.GetProperty("confidence_interval_high").GetDouble(), 9);

        Assert.Equal(1, beta.GetProperty("included").GetInt32());
        Assert.Equal(1.0, beta.GetProperty("time_to_first_token").GetProperty("median").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, beta.GetProperty("time_to_first_token").GetProperty("standard_deviation").ValueKind);
    }

    /// <summary>
    /// Half the 95 % confidence interval of five evenly spaced values step apart: the sample standard
    /// deviation is step·√2.5, so the half width is t(0.975, 4 degrees of freedom) = 2.776445105 times step·√2.5 / √5.
    /// </summary>
    private static double HalfWidthOfFive(double step) => 2.776445105 * step * Math.Sqrt(2.5) / Math.Sqrt(5);

    [Fact]
    public async Task Include_flagged_keeps_flagged_only()
    {
        await using var api = await BackgroundApi.StartAsync();
        await SeedAsync(api);

        using var document = JsonDocument.Parse(await api.Client.GetStringAsync("/api/benchmarks/compare?models=alpha&include_flagged=true"));
        var alpha = document.RootElement.GetProperty("models")[0];

        Assert.Equal(6, alpha.GetProperty("included").GetInt32());
        Assert.Equal(1, alpha.GetProperty("exclusion_reasons").GetProperty("failed").GetInt32());
        Assert.Equal(9, alpha.GetProperty("time_to_first_token").GetProperty("max").GetDouble(), 9);
        Assert.Empty(document.RootElement.GetProperty("excluded_flags").EnumerateArray());
    }

    [Fact]
    public async Task Run_ids_select_runs_and_models()
    {
        await using var api = await BackgroundApi.StartAsync();
        var ids = await SeedAsync(api);

        using var document = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/benchmarks/compare?run_ids={ids[0]}"));
        using var unknown = await api.Client.GetAsync("/api/benchmarks/compare?run_ids=0123456789abcdef");
        using var empty = await api.Client.GetAsync("/api/benchmarks/compare");

        var models = document.RootElement.GetProperty("models");
        Assert.Equal(["alpha", "beta"], models.EnumerateArray().Select(model => model.GetProperty("model").GetString()));
        Assert.Equal(1, models[0].GetProperty("results").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    /// <summary>Seven alpha results (five clean or harmlessly flagged, one failed, one implausible) and one beta result.</summary>
    private static async Task<List<string>> SeedAsync(BackgroundApi api)
    {
        var alpha = new List<ModelResult>
        {
            Result("alpha", 0.1, 10, null),
            Result("alpha", 0.2, 20, null),
            Result("alpha", 0.3, 30, null),
            Result("alpha", 0.4, 40, null),
            Result("alpha", 0.5, null, 50) with { Flags = [ResultFlags.Truncated] },
            Result("alpha", 9, 900, null) with { Flags = [ResultFlags.ImplausibleRate] },
            Result("alpha", null, null, null) with { Success = false, Error = "boom", ErrorKind = ResultErrorKinds.ServerError },
        };

        using var scope = api.Factory.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IBenchmarkRunRepository>();
        var ids = new List<string>();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var index = 0; index < alpha.Count; index++)
        {
            var id = Guid.CreateVersion7(start.AddMinutes(index)).ToString("N");
            List<ModelResult> results = index == 0 ? [alpha[index], Result("beta", 1.0, 5, null)] : [alpha[index]];
            await repository.SaveAsync(new BenchmarkRun { Id = id, Timestamp = start.AddMinutes(index), Prompt = "p", Results = results }, CancellationToken.None);
            ids.Add(id);
        }

        return ids;
    }

    private static ModelResult Result(string model, double? ttft, double? serverRate, double? clientRate) => new()
    {
        Model = model,
        Backend = "ollama",
        Success = true,
        Timing = new TimingMetrics { TimeToFirstToken = ttft, TotalTime = ttft + 1 },
        Throughput = new ThroughputMetrics { TokensPerSecond = serverRate, ClientTokensPerSecond = clientRate, EndToEndTokensPerSecond = ttft * 100 },
    };
}

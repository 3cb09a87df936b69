using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.WebApi.FunctionalTests.Benchmarks;
using OpenTelemetry.Metrics;

namespace Benchmarker.WebApi.FunctionalTests.Telemetry;

public sealed class TelemetryTests(TelemetryFixture fixture) : IClassFixture<TelemetryFixture>
{
    [Fact]
    public async Task Run_spans_nest_with_attributes()
    {
        var (runId, model) = await RunScriptedModelAsync();

        var spans = fixture.Spans.Snapshot();
        var run = Assert.Single(spans, span => span.OperationName == TelemetryNames.RunSpan && Equals(span.GetTagItem(TelemetryNames.RunId), runId));
        var message = Assert.Single(spans, span => span.SpanId == run.ParentSpanId);
        var modelSpan = Assert.Single(spans, span => span.OperationName == TelemetryNames.ModelSpan && span.ParentSpanId == run.SpanId);
        var call = Assert.Single(spans, span => span.OperationName == TelemetryNames.BackendCallSpan && span.ParentSpanId == modelSpan.SpanId);

        Assert.Equal("RunBenchmarkCommand", message.DisplayName);
        Assert.Equal(1, run.GetTagItem(TelemetryNames.ModelCount));
        Assert.Equal(0, run.GetTagItem(TelemetryNames.FailedModels));

        Assert.Equal(model, modelSpan.GetTagItem(TelemetryNames.Model));
        Assert.Equal("ollama", modelSpan.GetTagItem(TelemetryNames.Backend));
        Assert.Equal(true, modelSpan.GetTagItem(TelemetryNames.Success));
        Assert.True((double)modelSpan.GetTagItem(TelemetryNames.TimeToFirstToken)! > 0);
        Assert.IsType<int>(modelSpan.GetTagItem(TelemetryNames.CompletionTokens));

        Assert.Equal(ActivityKind.Client, call.Kind);
        Assert.Equal("ollama", call.GetTagItem(TelemetryNames.Backend));
        Assert.Equal(3, call.GetTagItem(TelemetryNames.Chunks));

        // The HttpClient instrumentation puts the request to Ollama under the backend call.
        Assert.Contains(spans, span => span.ParentSpanId == call.SpanId && span.Kind == ActivityKind.Client && span.Source.Name == "System.Net.Http");
    }

    [Fact]
    public async Task Run_counts_and_records_ttft()
    {
        var (_, model) = await RunScriptedModelAsync();

        fixture.FlushMetrics();
        var metrics = fixture.Metrics.Snapshot();

        var runs = metrics.Last(metric => metric.Name == "benchmarker.runs");
        Assert.True(runs.MetricPoints.Sum(point => point.GetSumLong()) >= 1);

        var ttft = metrics.Last(metric => metric.Name == "benchmarker.time_to_first_token");
        Assert.Equal("s", ttft.Unit);
        var point = Assert.Single(ttft.MetricPoints, point => HasTag(point, TelemetryNames.Model, model) && HasTag(point, TelemetryNames.Backend, "ollama"));
        Assert.True(point.GetHistogramCount() >= 1);
        Assert.True(point.GetHistogramSum() > 0);
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.Contains(0.05, bounds);

        Assert.Contains(metrics, metric => metric.Name == "benchmarker.tokens_per_second");
        Assert.Contains(metrics, metric => metric.Name == "http.server.request.duration");
    }

    [Fact]
    public async Task ProblemDetails_carry_request_trace_id()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/benchmarks/history/20240101_000000_missing", UriKind.Relative));
        var problem = await RunBenchmarkTests.ReadJsonAsync(response, HttpStatusCode.NotFound);
        var traceId = problem.GetProperty("traceId").GetString();

        var query = Assert.Single(fixture.Spans.Snapshot(), span => span.DisplayName == "GetBenchmarkByIdQuery" && span.TraceId.ToString() == traceId);
        Assert.Equal(ActivityStatusCode.Error, query.Status);
    }

    [Fact]
    public async Task Prometheus_serves_our_metrics()
    {
        await RunScriptedModelAsync();
        using var client = fixture.Host.CreateClient();

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("benchmarker_runs", text, StringComparison.Ordinal);
        Assert.Contains("benchmarker_time_to_first_token_seconds", text, StringComparison.Ordinal);
    }

    private async Task<(string RunId, string Model)> RunScriptedModelAsync()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/benchmarks/run", new { prompt = "Hi", models = new[] { "llama3.2" } });
        var run = await RunBenchmarkTests.ReadJsonAsync(response, HttpStatusCode.OK);

        return (run.GetProperty("id").GetString()!, run.GetProperty("results")[0].GetProperty("model").GetString()!);
    }

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && Equals(tag.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Benchmarker.Application.Common.Telemetry;

/// <summary>
/// The service's own traces and metrics, through System.Diagnostics only, so any host can export them.
/// The web host subscribes with OpenTelemetry (<c>AddSource(BenchmarkerTelemetry.Name)</c> and
/// <c>AddMeter(BenchmarkerTelemetry.Name)</c>). Without a listener no span is created and a measurement is dropped at once.
/// </summary>
public static class BenchmarkerTelemetry
{
    /// <summary>Name of both the activity source and the meter.</summary>
    public const string Name = "Benchmarker";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Finished runs, cancelled ones included.</summary>
    public static readonly Counter<long> Runs =
        Meter.CreateCounter<long>("benchmarker.runs", "{run}", "Benchmark runs finished, cancelled ones included.");

    /// <summary>Model results with success false (timeouts, unreachable backends, cancellations, model errors).</summary>
    public static readonly Counter<long> ModelFailures =
        Meter.CreateCounter<long>("benchmarker.model.failures", "{result}", "Model results that failed, by model, backend and error kind.");

    /// <summary>Buckets from 10 ms (a warm small model) to 2 minutes (a cold load of a large one).</summary>
    public static readonly Histogram<double> TimeToFirstToken = Meter.CreateHistogram(
        "benchmarker.time_to_first_token",
        "s",
        "Client-measured time from t0 to the first generated token.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });

    /// <summary>Buckets from 1 token/s (a large model on a CPU) to 5000 (the demo model).</summary>
    public static readonly Histogram<double> TokensPerSecond = Meter.CreateHistogram(
        "benchmarker.tokens_per_second",
        "{token}/s",
        "Decode rate as the backend reported it (completion tokens / eval duration).",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] });

    /// <summary>Failures of the system sampler. The run goes on with the samples it has.</summary>
    public static readonly Counter<long> SamplerErrors =
        Meter.CreateCounter<long>("benchmarker.sampler.errors", "{error}", "System sampler failures during a run.");
}

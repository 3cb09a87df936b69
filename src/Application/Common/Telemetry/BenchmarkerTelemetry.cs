using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Benchmarker.Application.Common.Telemetry;

/// <summary>
/// The service's own traces and metrics, through System.Diagnostics only, so any host can export them:
/// the web host subscribes with OpenTelemetry (<c>AddSource(BenchmarkerTelemetry.Name)</c> and
/// <c>AddMeter(BenchmarkerTelemetry.Name)</c>); a library user may listen or ignore them at no cost.
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

    public static readonly Histogram<double> TimeToFirstToken =
        Meter.CreateHistogram<double>("benchmarker.time_to_first_token", "s", "Client-measured time from t0 to the first generated token.");

    public static readonly Histogram<double> TokensPerSecond =
        Meter.CreateHistogram<double>("benchmarker.tokens_per_second", "{token}/s", "Decode rate as the backend reported it (completion tokens / eval duration).");

    /// <summary>Failures of the system sampler; the run goes on with the samples it has.</summary>
    public static readonly Counter<long> SamplerErrors =
        Meter.CreateCounter<long>("benchmarker.sampler.errors", "{error}", "System sampler failures during a run.");
}

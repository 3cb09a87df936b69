using System.Diagnostics;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Common.Telemetry;

/// <summary>Records one finished model result on its span and in the metrics.</summary>
internal static class ModelResultTelemetry
{
    public static void Record(Activity? activity, ModelResult result)
    {
        var model = new KeyValuePair<string, object?>(TelemetryNames.Model, result.Model);
        var backend = new KeyValuePair<string, object?>(TelemetryNames.Backend, result.Backend);

        if (result.Timing.TimeToFirstToken is { } timeToFirstToken)
        {
            BenchmarkerTelemetry.TimeToFirstToken.Record(timeToFirstToken, model, backend);
        }

        if (result.Throughput.TokensPerSecond is { } tokensPerSecond)
        {
            BenchmarkerTelemetry.TokensPerSecond.Record(tokensPerSecond, model, backend);
        }

        if (!result.Success)
        {
            BenchmarkerTelemetry.ModelFailures.Add(1, model, backend, new(TelemetryNames.ErrorKind, result.ErrorKind));
        }

        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryNames.Backend, result.Backend);
        activity.SetTag(TelemetryNames.Success, result.Success);
        activity.SetTag(TelemetryNames.CompletionTokens, result.Tokens.CompletionTokens);
        activity.SetTag(TelemetryNames.TimeToFirstToken, result.Timing.TimeToFirstToken);
        activity.SetTag(TelemetryNames.TokensPerSecond, result.Throughput.TokensPerSecond);
        if (!result.Success)
        {
            activity.SetTag(TelemetryNames.ErrorKind, result.ErrorKind);
            activity.SetStatus(ActivityStatusCode.Error, result.ErrorKind);
        }
    }
}

namespace Benchmarker.Application.Common.Telemetry;

/// <summary>Span and attribute names, listed in docs/observability.md; changing one breaks dashboards.</summary>
public static class TelemetryNames
{
    public const string RunSpan = "benchmark.run";

    public const string ModelSpan = "benchmark.model";

    public const string BackendCallSpan = "benchmark.backend.generate";

    public const string RunId = "benchmarker.run.id";

    public const string RunMode = "benchmarker.run.mode";

    public const string ModelCount = "benchmarker.run.model_count";

    public const string FailedModels = "benchmarker.run.failed_models";

    public const string Cancelled = "benchmarker.run.cancelled";

    public const string Model = "benchmarker.model";

    public const string Backend = "benchmarker.backend";

    public const string Success = "benchmarker.success";

    public const string ErrorKind = "benchmarker.error_kind";

    public const string CompletionTokens = "benchmarker.tokens";

    public const string TimeToFirstToken = "benchmarker.time_to_first_token";

    public const string TokensPerSecond = "benchmarker.tokens_per_second";

    public const string Chunks = "benchmarker.chunks";

    public const string MessageType = "benchmarker.message.type";

    public const string SamplerStep = "benchmarker.sampler.step";
}

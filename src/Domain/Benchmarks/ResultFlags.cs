namespace Benchmarker.Domain.Benchmarks;

/// <summary>Validity flags of a model result, with the rule for each in docs/metrics.md.</summary>
public static class ResultFlags
{
    public const string ColdStart = "cold_start";
    public const string Truncated = "truncated";
    public const string PromptCacheHit = "prompt_cache_hit";
    public const string ImplausibleRate = "implausible_rate";
    public const string Incomplete = "incomplete";
    public const string FewTokens = "few_tokens";
}

/// <summary>Failure kinds of a model result.</summary>
public static class ResultErrorKinds
{
    /// <summary>The backend could not be reached.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The model is not installed (HTTP 404).</summary>
    public const string ModelNotFound = "model_not_found";

    /// <summary>The server rejected the request as invalid (HTTP 400).</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The server stayed busy (HTTP 503) through every retry.</summary>
    public const string Rejected = "rejected";

    /// <summary>The server failed before streaming (HTTP 5xx) or sent an error line mid-stream.</summary>
    public const string ServerError = "server_error";

    /// <summary>The stream ended without a final chunk.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>A line of the stream was not valid JSON.</summary>
    public const string MalformedStream = "malformed_stream";

    /// <summary>No first byte, an idle gap or the model's overall time exceeded its limit.</summary>
    public const string Timeout = "timeout";

    /// <summary>The caller cancelled the run.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The embedded engine could not load the model file.</summary>
    public const string LoadFailed = "load_failed";
}

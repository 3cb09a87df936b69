namespace Benchmarker.Application.Common.Exceptions;

/// <summary>Every run slot is taken (Benchmark:MaxConcurrentRuns). The API maps it to 429 with Retry-After.</summary>
public sealed class TooManyRunsException(int maxConcurrentRuns, TimeSpan retryAfter)
    : Exception($"{maxConcurrentRuns} runs are already executing, the maximum that Benchmark:MaxConcurrentRuns allows. Try again in {(int)Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

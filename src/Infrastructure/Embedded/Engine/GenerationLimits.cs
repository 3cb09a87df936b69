using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Context size, token limit and thread count of one generation. The token limit is capped so that
/// prompt + generated tokens fit the context: the engine never shifts or truncates the context,
/// because that would make decode times incomparable.
/// </summary>
internal sealed record GenerationLimits(int ContextSize, int MaxTokens, int Threads)
{
    private const long SmallModelParameters = 50_000_000;

    public static GenerationLimits Compute(GenerationParameters parameters, EmbeddedEngineOptions options, int trainingContext, long parameterCount, int promptTokens)
    {
        var requestedContext = parameters.NumCtx is > 0 ? parameters.NumCtx.Value : options.DefaultContextSize;
        var contextSize = trainingContext > 0 ? Math.Min(requestedContext, trainingContext) : requestedContext;

        var requestedTokens = parameters.NumPredict switch
        {
            null => options.DefaultNumPredict,
            < 0 => options.MaxNumPredict,
            var value => Math.Min(value.Value, options.MaxNumPredict),
        };
        var maxTokens = Math.Max(0, Math.Min(requestedTokens, contextSize - promptTokens));

        var threads = options.Threads ?? (parameterCount < SmallModelParameters ? 1 : Math.Min(4, Environment.ProcessorCount));
        return new GenerationLimits(contextSize, maxTokens, threads);
    }
}

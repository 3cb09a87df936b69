using System.Security.Cryptography;
using Benchmarker.Domain.Benchmarks;
using LLama.Native;
using LLama.Sampling;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Builds the sampler of one generation. Options the request leaves unset take Ollama's defaults
/// (temperature 0.8, top_k 40, top_p 0.9, min_p 0, repeat_penalty 1.1 over the last 64 tokens),
/// so the two backends sample alike. An unset seed is random, as in Ollama.
/// </summary>
internal static class SamplingSettings
{
    public static DefaultSamplingPipeline Create(GenerationParameters parameters, SafeLlamaModelHandle.Vocabulary vocabulary, bool suppressEndOfSequence)
    {
        // PreventEOS has no effect in LLamaSharp 0.30.0; a bias of minus infinity removes the token from sampling.
        var bias = suppressEndOfSequence
            ? EndTokens(vocabulary).Distinct().ToDictionary(token => token, _ => float.NegativeInfinity)
            : [];

        return new DefaultSamplingPipeline
        {
            Temperature = (float)(parameters.Temperature ?? 0.8),
            TopK = parameters.TopK ?? 40,
            TopP = (float)(parameters.TopP ?? 0.9),
            MinP = 0f,
            RepeatPenalty = 1.1f,
            PenaltyCount = 64,
            Seed = parameters.Seed is { } seed ? unchecked((uint)seed) : (uint)RandomNumberGenerator.GetInt32(int.MaxValue),
            LogitBias = bias,
        };
    }

    private static IEnumerable<LLamaToken> EndTokens(SafeLlamaModelHandle.Vocabulary vocabulary)
    {
        if (vocabulary.EOS is { } endOfSequence)
        {
            yield return endOfSequence;
        }

        if (vocabulary.EOT is { } endOfTurn)
        {
            yield return endOfTurn;
        }
    }
}

using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using LLama;
using LLama.Common;
using LLama.Native;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Runs one generation on loaded weights: tokenize, prefill, then sample and decode one token at a
/// time, emitting each token's text as a chunk the moment it exists. Runs synchronously on the
/// caller's thread and checks the cancellation token before every token.
/// </summary>
internal static class GenerationRunner
{
    public static GenerationTrace Run(
        LLamaWeights weights,
        GenerationRequest request,
        EmbeddedEngineOptions options,
        IGenerationObserver observer,
        CancellationToken cancellationToken)
    {
        var trace = new GenerationTrace();

        var prompt = PromptTokens.Tokenize(weights, request.Prompt, request.Parameters.Endpoint);
        trace.PromptTokens = prompt.Length;

        var limits = GenerationLimits.Compute(request.Parameters, options, weights.ContextSize, (long)weights.ParameterCount, prompt.Length);
        if (prompt.Length >= limits.ContextSize)
        {
            // num_ctx is capped at the training context, so raising it helps only below that size.
            var fix = limits.ContextSize < weights.ContextSize
                ? $"shorten the prompt or raise num_ctx (up to {weights.ContextSize}, the context the model was trained for)"
                : $"shorten the prompt: {limits.ContextSize} is the most this model was trained for";
            trace.InvalidRequest = $"The prompt has {prompt.Length} tokens but the context holds {limits.ContextSize}; {fix}.";
            return trace;
        }

        var contextParameters = new ModelParams(string.Empty)
        {
            ContextSize = (uint)limits.ContextSize,
            BatchSize = (uint)limits.ContextSize,
            Threads = limits.Threads,
            BatchThreads = limits.Threads,
        };
        using var context = weights.CreateContext(contextParameters);
        using var sampler = SamplingSettings.Create(request.Parameters, context.Vocab, options.SuppressEndOfSequence);

        try
        {
            Generate(context, sampler, prompt, limits.MaxTokens, request, observer, trace, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            trace.Cancelled = true;
        }

        return trace;
    }

    private static void Generate(
        LLamaContext context,
        LLama.Sampling.ISamplingPipeline sampler,
        LLamaToken[] prompt,
        int maxTokens,
        GenerationRequest request,
        IGenerationObserver observer,
        GenerationTrace trace,
        CancellationToken cancellationToken)
    {
        var batch = new LLamaBatch();
        batch.AddRange(prompt, 0, LLamaSeqId.Zero, true);

        cancellationToken.ThrowIfCancellationRequested();
        trace.PrefillStart = Stopwatch.GetTimestamp();
        Decode(context, batch);
        trace.PrefillEnd = Stopwatch.GetTimestamp();

        var decoder = new StreamingTokenDecoder(context);
        var stop = new StopSequenceFilter(request.Parameters.Stop ?? []);
        while (trace.GeneratedTokens < maxTokens)
        {
            cancellationToken.ThrowIfCancellationRequested();

            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            if (token.IsEndOfGeneration(context.Vocab))
            {
                trace.LastTokenAt = Stopwatch.GetTimestamp();
                trace.DoneReason = "stop";
                return;
            }

            trace.GeneratedTokens++;
            decoder.Add(token);
            Emit(stop.Append(decoder.Read()), observer, trace);
            if (stop.Stopped)
            {
                trace.DoneReason = "stop";
                return;
            }

            if (trace.GeneratedTokens == maxTokens)
            {
                break;
            }

            batch.Clear();
            batch.Add(token, prompt.Length + trace.GeneratedTokens - 1, LLamaSeqId.Zero, true);
            Decode(context, batch);
        }

        Emit(stop.Flush(), observer, trace);
        trace.DoneReason = "length";
    }

    private static void Emit(string text, IGenerationObserver observer, GenerationTrace trace)
    {
        var now = Stopwatch.GetTimestamp();
        trace.LastTokenAt = now;
        if (text.Length == 0)
        {
            return;
        }

        var chunk = new GenerationChunk(text, ChunkChannel.Content, now);
        trace.Chunks.Add(chunk);
        observer.OnChunk(chunk);
    }

    private static void Decode(LLamaContext context, LLamaBatch batch)
    {
        var result = context.Decode(batch);
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"llama.cpp decode failed with {result}.");
        }
    }
}

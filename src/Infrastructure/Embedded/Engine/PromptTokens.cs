using System.Text;
using Benchmarker.Domain.Benchmarks;
using LLama;
using LLama.Native;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Tokenizes a request's prompt as Ollama would. For the chat endpoint, a model with a
/// <c>tokenizer.chat_template</c> gets the prompt as one user message in its template, followed by
/// the assistant prefix, with the template's special tokens parsed. Otherwise the raw prompt is used.
/// </summary>
internal static class PromptTokens
{
    private const string ChatTemplateKey = "tokenizer.chat_template";

    public static LLamaToken[] Tokenize(LLamaWeights weights, string prompt, GenerationEndpoint endpoint)
    {
        if (endpoint != GenerationEndpoint.Chat || !weights.Metadata.ContainsKey(ChatTemplateKey))
        {
            return weights.Tokenize(prompt, add_bos: true, special: false, Encoding.UTF8);
        }

        var templated = ApplyTemplate(weights, prompt);
        if (templated is null)
        {
            return weights.Tokenize(prompt, add_bos: true, special: false, Encoding.UTF8);
        }

        // Templates such as Llama 3's write the beginning-of-sequence token themselves; adding a second one would shift the prompt.
        var addBos = !StartsWithBeginOfSequence(weights, templated);
        return weights.Tokenize(templated, addBos, special: true, Encoding.UTF8);
    }

    private static string? ApplyTemplate(LLamaWeights weights, string prompt)
    {
        try
        {
            var template = new LLamaTemplate(weights, strict: true) { AddAssistant = true };
            template.Add("user", prompt);
            return Encoding.UTF8.GetString(template.Apply());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // NOTE: llama.cpp applies only the templates it recognises; other models get the raw prompt, unlike Ollama.
            return null;
        }
    }

    private static bool StartsWithBeginOfSequence(LLamaWeights weights, string text)
    {
        if (weights.Vocab.BOS is not { } bos)
        {
            return false;
        }

        var decoder = new StreamingTokenDecoder(Encoding.UTF8, weights) { DecodeSpecialTokens = true };
        decoder.Add(bos);
        var bosText = decoder.Read();
        return bosText.Length > 0 && text.StartsWith(bosText, StringComparison.Ordinal);
    }
}

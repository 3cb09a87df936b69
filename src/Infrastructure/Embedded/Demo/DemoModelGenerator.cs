using Benchmarker.Infrastructure.Embedded.Gguf;

namespace Benchmarker.Infrastructure.Embedded.Demo;

/// <summary>
/// Writes a tiny llama-architecture model with random F32 weights (about 0.5 MB), so the embedded
/// engine can be tried and tested without downloading a model. Its text is gibberish; its speed and
/// token counts are real. The same seed always gives the same bytes.
/// </summary>
public static class DemoModelGenerator
{
    public const string DefaultFileName = "tiny-random-llama.gguf";

    public const ulong DefaultSeed = 20_240_601;

    /// <summary>
    /// Training context in tokens. The demo vocabulary falls back to single bytes for most words, so
    /// prompts take about one token per character; Ask Nova's synthesis prompt alone needs over 1,000.
    /// </summary>
    public const int ContextLength = 4096;

    private const int Embedding = 64;
    private const int Blocks = 2;
    private const int Heads = 4;
    private const int FeedForward = 128;
    private const float WeightScale = 0.2f;

    /// <summary>Writes the model to <paramref name="stream"/>, with <c>tokenizer.chat_template</c> when <paramref name="chatTemplate"/> is set.</summary>
    public static void Write(Stream stream, ulong seed = DefaultSeed, string? chatTemplate = null)
    {
        var writer = new GgufWriter();
        AddMetadata(writer);
        if (chatTemplate is not null)
        {
            writer.AddString("tokenizer.chat_template", chatTemplate);
        }

        AddTensors(writer, new SplitMix64(seed));
        writer.WriteTo(stream);
    }

    private static void AddMetadata(GgufWriter writer)
    {
        writer
            .AddString("general.architecture", "llama")
            .AddString("general.name", "tiny-random-llama")
            .AddUInt32("general.alignment", writer.Alignment)
            .AddUInt32("general.file_type", 0)
            .AddUInt32("llama.context_length", ContextLength)
            .AddUInt32("llama.embedding_length", Embedding)
            .AddUInt32("llama.block_count", Blocks)
            .AddUInt32("llama.feed_forward_length", FeedForward)
            .AddUInt32("llama.attention.head_count", Heads)
            .AddUInt32("llama.attention.head_count_kv", Heads)
            .AddFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
            .AddUInt32("llama.rope.dimension_count", Embedding / Heads)
            .AddString("tokenizer.ggml.model", "llama")
            .AddStringArray("tokenizer.ggml.tokens", DemoVocabulary.Tokens)
            .AddFloat32Array("tokenizer.ggml.scores", DemoVocabulary.Scores)
            .AddInt32Array("tokenizer.ggml.token_type", DemoVocabulary.TokenTypes)
            .AddUInt32("tokenizer.ggml.bos_token_id", DemoVocabulary.BeginOfSequenceId)
            .AddUInt32("tokenizer.ggml.eos_token_id", DemoVocabulary.EndOfSequenceId)
            .AddUInt32("tokenizer.ggml.unknown_token_id", DemoVocabulary.UnknownId)
            .AddBool("tokenizer.ggml.add_bos_token", true)
            .AddBool("tokenizer.ggml.add_eos_token", false);
    }

    private static void AddTensors(GgufWriter writer, SplitMix64 random)
    {
        var vocabulary = DemoVocabulary.Tokens.Count;

        writer.AddTensor("token_embd.weight", [Embedding, vocabulary], Random(random, Embedding * vocabulary));
        writer.AddTensor("output_norm.weight", [Embedding], Ones(Embedding));
        writer.AddTensor("output.weight", [Embedding, vocabulary], Random(random, Embedding * vocabulary));

        for (var block = 0; block < Blocks; block++)
        {
            var prefix = $"blk.{block}.";
            writer.AddTensor(prefix + "attn_norm.weight", [Embedding], Ones(Embedding));
            writer.AddTensor(prefix + "attn_q.weight", [Embedding, Embedding], Random(random, Embedding * Embedding));
            writer.AddTensor(prefix + "attn_k.weight", [Embedding, Embedding], Random(random, Embedding * Embedding));
            writer.AddTensor(prefix + "attn_v.weight", [Embedding, Embedding], Random(random, Embedding * Embedding));
            writer.AddTensor(prefix + "attn_output.weight", [Embedding, Embedding], Random(random, Embedding * Embedding));
            writer.AddTensor(prefix + "ffn_norm.weight", [Embedding], Ones(Embedding));
            writer.AddTensor(prefix + "ffn_gate.weight", [Embedding, FeedForward], Random(random, Embedding * FeedForward));
            writer.AddTensor(prefix + "ffn_up.weight", [Embedding, FeedForward], Random(random, Embedding * FeedForward));
            writer.AddTensor(prefix + "ffn_down.weight", [FeedForward, Embedding], Random(random, FeedForward * Embedding));
        }
    }

    private static float[] Random(SplitMix64 random, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.NextSignedUnit() * WeightScale;
        }

        return values;
    }

    private static float[] Ones(int count) => Enumerable.Repeat(1f, count).ToArray();
}

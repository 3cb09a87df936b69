using System.Security.Cryptography;
using Benchmarker.Infrastructure.Embedded.Demo;
using Benchmarker.Infrastructure.Embedded.Gguf;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class DemoModelGeneratorTests : IDisposable
{
    /// <summary>SHA-256 of the demo model for the default seed; a change to the generator must change it on purpose.</summary>
    private const string PinnedSha256 = "7c28592f84ca471a3e2dc44f9591d0f7c1b0fc729801ca9cdff7f81ffc4efefe";

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Generator_IsDeterministicAndPinned()
    {
        var first = Sha256(Generate());
        var second = Sha256(Generate());

        Assert.Equal(first, second);
        Assert.Equal(PinnedSha256, first);
    }

    [Fact]
    public void Generator_OtherSeedGivesOtherWeights()
    {
        Assert.NotEqual(Sha256(Generate()), Sha256(Generate(seed: 7)));
    }

    [Fact]
    public void Generator_WritesAboutHalfAMegabyte()
    {
        var size = Generate().Length;

        Assert.InRange(size, 400_000, 600_000);
    }

    [Fact]
    public void Generator_WritesExpectedMetadata()
    {
        var file = ReadBack();

        Assert.Equal("llama", file.GetString("general.architecture"));
        Assert.Equal("llama", file.GetString("tokenizer.ggml.model"));
        Assert.Equal(4096, file.GetInteger("llama.context_length"));
        Assert.Equal(64, file.GetInteger("llama.embedding_length"));
        Assert.Equal(2, file.GetInteger("llama.block_count"));
        Assert.Equal(4, file.GetInteger("llama.attention.head_count"));
        Assert.Equal(4, file.GetInteger("llama.attention.head_count_kv"));
        Assert.Equal(128, file.GetInteger("llama.feed_forward_length"));
        Assert.Equal(16, file.GetInteger("llama.rope.dimension_count"));
        Assert.Equal(1e-5f, file.Metadata["llama.attention.layer_norm_rms_epsilon"]);
        Assert.Equal(1, file.GetInteger("tokenizer.ggml.bos_token_id"));
        Assert.Equal(2, file.GetInteger("tokenizer.ggml.eos_token_id"));
        Assert.Equal(0, file.GetInteger("tokenizer.ggml.unknown_token_id"));
    }

    [Fact]
    public void Generator_WritesByteTokensWithByteType()
    {
        var file = ReadBack();
        var tokens = ((GgufArray)file.Metadata["tokenizer.ggml.tokens"]).Values!.Cast<string>().ToList();
        var types = ((GgufArray)file.Metadata["tokenizer.ggml.token_type"]).Values!.Cast<int>().ToList();

        Assert.Equal(["<unk>", "<s>", "</s>"], tokens.Take(3));
        Assert.Equal("<0x00>", tokens[3]);
        Assert.Equal("<0xFF>", tokens[258]);
        Assert.All(types.Skip(3).Take(256), type => Assert.Equal(6, type));
        Assert.Contains("▁the", tokens);
        Assert.Equal(tokens.Count, ((GgufArray)file.Metadata["tokenizer.ggml.scores"]).Count);
    }

    [Fact]
    public void Generator_WritesLlamaTensorShapes()
    {
        var file = ReadBack();
        var vocabulary = ((GgufArray)file.Metadata["tokenizer.ggml.tokens"]).Count;
        var shapes = file.Tensors.ToDictionary(tensor => tensor.Name, tensor => tensor.Dimensions.ToArray());

        Assert.Equal(3 + (2 * 9), file.Tensors.Count);
        Assert.Equal([64L, vocabulary], shapes["token_embd.weight"]);
        Assert.Equal([64L, vocabulary], shapes["output.weight"]);
        Assert.Equal([64L], shapes["output_norm.weight"]);
        foreach (var block in new[] { "blk.0.", "blk.1." })
        {
            Assert.Equal([64L, 64L], shapes[block + "attn_q.weight"]);
            Assert.Equal([64L, 64L], shapes[block + "attn_k.weight"]);
            Assert.Equal([64L, 64L], shapes[block + "attn_v.weight"]);
            Assert.Equal([64L, 64L], shapes[block + "attn_output.weight"]);
            Assert.Equal([64L, 128L], shapes[block + "ffn_gate.weight"]);
            Assert.Equal([64L, 128L], shapes[block + "ffn_up.weight"]);
            Assert.Equal([128L, 64L], shapes[block + "ffn_down.weight"]);
            Assert.Equal([64L], shapes[block + "attn_norm.weight"]);
            Assert.Equal([64L], shapes[block + "ffn_norm.weight"]);
        }

        Assert.All(file.Tensors, tensor => Assert.Equal(GgufFormat.TensorTypeF32, tensor.Type));
    }

    [Fact]
    public void Details_DescribeDemoModel()
    {
        var file = ReadBack();

        var details = GgufModelDetails.Describe(file, "tiny.gguf", DateTimeOffset.UnixEpoch);

        Assert.Equal("embedded", details.Backend);
        Assert.Equal("llama", details.Architecture);
        Assert.Equal(4096, details.ContextLength);
        Assert.Equal("F32", details.QuantizationLevel);
        Assert.Equal("0.1M", details.ParameterSize);
        Assert.Equal(file.Tensors.Sum(tensor => tensor.ElementCount), details.ParameterCount);
        Assert.Equal(file.FileSize, details.SizeBytes);
    }

    [Theory]
    [InlineData(999, "999")]
    [InlineData(12_345, "12.3K")]
    [InlineData(120_640, "0.1M")]
    [InlineData(494_032_768, "494.0M")]
    [InlineData(3_212_749_824, "3.2B")]
    public void Details_FormatParameterSize(long count, string expected)
    {
        Assert.Equal(expected, GgufModelDetails.FormatParameterSize(count));
    }

    [Theory]
    [InlineData(0, "F32")]
    [InlineData(1, "F16")]
    [InlineData(2, "Q4_0")]
    [InlineData(7, "Q8_0")]
    [InlineData(15, "Q4_K_M")]
    [InlineData(1234, "unknown (1234)")]
    public void Details_NameFileTypes(long fileType, string expected)
    {
        Assert.Equal(expected, GgufFileTypes.Name(fileType));
    }

    [Fact]
    public void Details_InferQuantisationFromTensors()
    {
        var tensors = new[]
        {
            new GgufTensorInfo("norm", [4096], 0, 0),
            new GgufTensorInfo("a", [4096, 4096], 12, 0),
            new GgufTensorInfo("b", [4096, 1024], 14, 0),
        };

        Assert.Equal("Q4_K", GgufFileTypes.Infer(tensors));
    }

    private byte[] Generate(ulong seed = DemoModelGenerator.DefaultSeed)
    {
        using var stream = new MemoryStream();
        DemoModelGenerator.Write(stream, seed);
        return stream.ToArray();
    }

    private GgufFile ReadBack()
    {
        var path = directory.File(DemoModelGenerator.DefaultFileName);
        File.WriteAllBytes(path, Generate());
        return GgufReader.Read(path);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

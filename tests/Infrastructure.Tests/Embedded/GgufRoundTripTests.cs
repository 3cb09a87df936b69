using Benchmarker.Infrastructure.Embedded.Gguf;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class GgufRoundTripTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Reader_ReturnsEveryWrittenValue()
    {
        var path = directory.File("round-trip.gguf");
        var writer = new GgufWriter()
            .AddUInt32("u32", 4_000_000_000)
            .AddInt32("i32", -42)
            .AddUInt64("u64", 1UL << 40)
            .AddFloat32("f32", 1.5f)
            .AddBool("yes", true)
            .AddString("text", "héllo ▁world")
            .AddStringArray("strings", ["a", "", "ü"])
            .AddFloat32Array("floats", [0.25f, -2f])
            .AddInt32Array("ints", [1, -1, 7])
            .AddTensor("vector", [3], [1f, 2f, 3f])
            .AddTensor("matrix", [2, 5], new float[10]);
        Write(path, writer);

        var file = GgufReader.Read(path);

        Assert.Equal(3u, file.Version);
        Assert.Equal(4_000_000_000u, file.Metadata["u32"]);
        Assert.Equal(-42, file.Metadata["i32"]);
        Assert.Equal(1L << 40, file.GetInteger("u64"));
        Assert.Equal(1.5f, file.Metadata["f32"]);
        Assert.Equal(true, file.Metadata["yes"]);
        Assert.Equal("héllo ▁world", file.GetString("text"));
        Assert.Equal(["a", "", "ü"], ((GgufArray)file.Metadata["strings"]).Values!.Cast<string>());
        Assert.Equal([0.25f, -2f], ((GgufArray)file.Metadata["floats"]).Values!.Cast<float>());
        Assert.Equal([1, -1, 7], ((GgufArray)file.Metadata["ints"]).Values!.Cast<int>());
    }

    [Fact]
    public void Reader_ReturnsTensorInfosWithAlignedOffsets()
    {
        var path = directory.File("tensors.gguf");
        Write(path, new GgufWriter().AddTensor("a", [3], [1f, 2f, 3f]).AddTensor("b", [4, 2], new float[8]));

        var file = GgufReader.Read(path);

        Assert.Equal(2, file.Tensors.Count);
        Assert.Equal("a", file.Tensors[0].Name);
        Assert.Equal([3L], file.Tensors[0].Dimensions);
        Assert.Equal(GgufFormat.TensorTypeF32, file.Tensors[0].Type);
        Assert.Equal(0, file.Tensors[0].Offset);
        Assert.Equal("b", file.Tensors[1].Name);
        Assert.Equal([4L, 2L], file.Tensors[1].Dimensions);
        Assert.Equal(32, file.Tensors[1].Offset);
        Assert.Equal(0, file.DataOffset % 32);
        Assert.Equal(file.DataOffset + 32 + 32, file.FileSize);
    }

    [Fact]
    public void Reader_KeepsOnlyTheCountOfLongArrays()
    {
        var path = directory.File("long.gguf");
        var values = Enumerable.Range(0, GgufReader.MaxKeptArrayLength + 1).Select(i => $"t{i}").ToArray();
        Write(path, new GgufWriter().AddStringArray("tokens", values).AddString("after", "still read"));

        var file = GgufReader.Read(path);

        var array = (GgufArray)file.Metadata["tokens"];
        Assert.Equal(values.Length, array.Count);
        Assert.Null(array.Values);
        Assert.Equal("still read", file.GetString("after"));
    }

    [Fact]
    public void Reader_RejectsFileWithoutMagic()
    {
        var path = directory.File("not-gguf.gguf");
        File.WriteAllBytes(path, "definitely not a model"u8.ToArray());

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Contains("not-gguf.gguf", error.Message, StringComparison.Ordinal);
        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_RejectsAbsurdCountWithoutAllocating()
    {
        var path = directory.File("absurd.gguf");
        using (var stream = File.Create(path))
        using (var binary = new BinaryWriter(stream))
        {
            binary.Write(GgufFormat.Magic);
            binary.Write(3u);
            binary.Write(0UL);
            binary.Write(ulong.MaxValue / 2);
        }

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Contains("metadata count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_RejectsStringLongerThanFile()
    {
        var path = directory.File("long-string.gguf");
        using (var stream = File.Create(path))
        using (var binary = new BinaryWriter(stream))
        {
            binary.Write(GgufFormat.Magic);
            binary.Write(3u);
            binary.Write(0UL);
            binary.Write(1UL);
            binary.Write(1UL << 60);
            binary.Write(new byte[64]);
        }

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Contains("metadata key", error.Message, StringComparison.Ordinal);
        Assert.Contains("long-string.gguf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_RejectsTruncatedTensorData()
    {
        var path = directory.File("cut.gguf");
        Write(path, new GgufWriter().AddTensor("big", [1024], new float[1024]));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^100]);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("'big'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_SameInputGivesSameBytes()
    {
        static byte[] Build()
        {
            using var stream = new MemoryStream();
            new GgufWriter().AddString("k", "v").AddTensor("t", [2], [1f, 2f]).WriteTo(stream);
            return stream.ToArray();
        }

        Assert.Equal(Build(), Build());
    }

    private static void Write(string path, GgufWriter writer)
    {
        using var stream = File.Create(path);
        writer.WriteTo(stream);
    }
}

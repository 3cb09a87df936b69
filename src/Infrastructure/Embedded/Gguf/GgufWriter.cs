using System.Text;

namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>
/// Builds a GGUF v3 file in memory order: header, metadata, tensor infos, then the F32 tensor data,
/// each tensor aligned to <see cref="Alignment"/>. Output is little-endian and depends only on what
/// was added, in the order it was added, so equal input gives equal bytes.
/// </summary>
internal sealed class GgufWriter(uint alignment = GgufFormat.DefaultAlignment)
{
    private readonly List<(string Key, GgufValueType Type, Action<BinaryWriter> Write)> metadata = [];
    private readonly List<(string Name, long[] Dimensions, float[] Data)> tensors = [];

    public uint Alignment { get; } = alignment;

    public GgufWriter AddUInt32(string key, uint value) => Add(key, GgufValueType.UInt32, writer => writer.Write(value));

    public GgufWriter AddInt32(string key, int value) => Add(key, GgufValueType.Int32, writer => writer.Write(value));

    public GgufWriter AddUInt64(string key, ulong value) => Add(key, GgufValueType.UInt64, writer => writer.Write(value));

    public GgufWriter AddFloat32(string key, float value) => Add(key, GgufValueType.Float32, writer => writer.Write(value));

    public GgufWriter AddBool(string key, bool value) => Add(key, GgufValueType.Bool, writer => writer.Write(value));

    public GgufWriter AddString(string key, string value) => Add(key, GgufValueType.String, writer => WriteString(writer, value));

    public GgufWriter AddStringArray(string key, IReadOnlyList<string> values) =>
        AddArray(key, GgufValueType.String, values, WriteString);

    public GgufWriter AddFloat32Array(string key, IReadOnlyList<float> values) =>
        AddArray(key, GgufValueType.Float32, values, (writer, value) => writer.Write(value));

    public GgufWriter AddInt32Array(string key, IReadOnlyList<int> values) =>
        AddArray(key, GgufValueType.Int32, values, (writer, value) => writer.Write(value));

    /// <summary>Adds an F32 tensor; <paramref name="dimensions"/> are in ggml order (ne[0] first).</summary>
    public GgufWriter AddTensor(string name, long[] dimensions, float[] data)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(data);

        var elements = dimensions.Aggregate(1L, (product, dimension) => product * dimension);
        if (dimensions.Length is 0 or > GgufFormat.MaxDimensions || elements != data.Length)
        {
            throw new ArgumentException($"Tensor '{name}' has shape [{string.Join(", ", dimensions)}] but {data.Length} values.", nameof(data));
        }

        tensors.Add((name, dimensions, data));
        return this;
    }

    public void WriteTo(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

        writer.Write(GgufFormat.Magic);
        writer.Write(GgufFormat.Version);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)metadata.Count);

        foreach (var (key, type, write) in metadata)
        {
            WriteString(writer, key);
            writer.Write((uint)type);
            write(writer);
        }

        WriteTensorInfos(writer);
        WriteTensorData(writer);
    }

    private void WriteTensorInfos(BinaryWriter writer)
    {
        long offset = 0;
        foreach (var (name, dimensions, data) in tensors)
        {
            WriteString(writer, name);
            writer.Write((uint)dimensions.Length);
            foreach (var dimension in dimensions)
            {
                writer.Write((ulong)dimension);
            }

            writer.Write(GgufFormat.TensorTypeF32);
            writer.Write((ulong)offset);
            offset = GgufFormat.AlignUp(offset + (data.Length * sizeof(float)), Alignment);
        }
    }

    private void WriteTensorData(BinaryWriter writer)
    {
        Pad(writer);
        foreach (var (_, _, data) in tensors)
        {
            foreach (var value in data)
            {
                writer.Write(value);
            }

            Pad(writer);
        }
    }

    private void Pad(BinaryWriter writer)
    {
        writer.Flush();
        var position = writer.BaseStream.Position;
        var padding = GgufFormat.AlignUp(position, Alignment) - position;
        for (var i = 0; i < padding; i++)
        {
            writer.Write((byte)0);
        }
    }

    private GgufWriter Add(string key, GgufValueType type, Action<BinaryWriter> write)
    {
        metadata.Add((key, type, write));
        return this;
    }

    private GgufWriter AddArray<T>(string key, GgufValueType elementType, IReadOnlyList<T> values, Action<BinaryWriter, T> writeElement)
    {
        var copy = values.ToArray();
        return Add(key, GgufValueType.Array, writer =>
        {
            writer.Write((uint)elementType);
            writer.Write((ulong)copy.Length);
            foreach (var value in copy)
            {
                writeElement(writer, value);
            }
        });
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}

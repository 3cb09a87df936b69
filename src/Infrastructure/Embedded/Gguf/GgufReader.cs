using System.Text;

namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>
/// Reads the header of a GGUF file (metadata and tensor infos) as a stream, without the tensor data.
/// Every count and length is checked against the bytes left in the file and against fixed limits
/// before anything is allocated, so a corrupt header fails with a <see cref="GgufFormatException"/>
/// naming the file and the reason instead of exhausting memory.
/// </summary>
internal sealed partial class GgufReader : IDisposable
{
    /// <summary>Arrays up to this length keep their values; longer ones keep only their count.</summary>
    public const int MaxKeptArrayLength = 1024;

    private const int MaxStringBytes = 1 << 20;
    private const long MaxEntries = 1 << 24;
    private const int MaxArrayNesting = 4;

    private readonly string path;
    private readonly FileStream stream;
    private readonly BinaryReader reader;

    private GgufReader(string path)
    {
        this.path = path;
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
    }

    private long Remaining => stream.Length - stream.Position;

    /// <summary>Reads the header of <paramref name="path"/>.</summary>
    /// <exception cref="GgufFormatException">The file is not GGUF, is truncated or is corrupt.</exception>
    public static GgufFile Read(string path)
    {
        using var gguf = new GgufReader(path);
        try
        {
            return gguf.ReadFile();
        }
        catch (EndOfStreamException exception)
        {
            throw gguf.Error("the file is truncated: it ends inside the header", exception);
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }

    private GgufFile ReadFile()
    {
        var magic = reader.ReadUInt32();
        if (magic != GgufFormat.Magic)
        {
            throw Error("it does not start with the GGUF magic bytes, so it is not a GGUF model");
        }

        var version = reader.ReadUInt32();
        if (version is < 2 or > GgufFormat.Version)
        {
            throw Error($"GGUF version {version} is not supported (versions 2 and 3 are)");
        }

        var tensorCount = ReadCount("tensor count", minimumBytesEach: 32);
        var metadataCount = ReadCount("metadata count", minimumBytesEach: 13);

        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        for (long i = 0; i < metadataCount; i++)
        {
            var key = ReadString("metadata key");
            var type = (GgufValueType)reader.ReadUInt32();
            metadata[key] = ReadValue(type, key, depth: 0);
        }

        var tensors = new List<GgufTensorInfo>((int)Math.Min(tensorCount, 4096));
        for (long i = 0; i < tensorCount; i++)
        {
            tensors.Add(ReadTensorInfo());
        }

        var alignment = metadata.GetValueOrDefault("general.alignment") is uint value and > 0 ? value : GgufFormat.DefaultAlignment;
        var dataOffset = GgufFormat.AlignUp(stream.Position, alignment);
        var file = new GgufFile(path, stream.Length, version, metadata, tensors, dataOffset);

        CheckTensorData(file);
        return file;
    }

    private GgufTensorInfo ReadTensorInfo()
    {
        var name = ReadString("tensor name");
        var dimensionCount = reader.ReadUInt32();
        if (dimensionCount is 0 or > GgufFormat.MaxDimensions)
        {
            throw Error($"tensor '{name}' has {dimensionCount} dimensions (1 to {GgufFormat.MaxDimensions} are valid)");
        }

        var dimensions = new long[dimensionCount];
        for (var d = 0; d < dimensionCount; d++)
        {
            var dimension = reader.ReadUInt64();
            if (dimension is 0 or > int.MaxValue)
            {
                throw Error($"tensor '{name}' has an invalid dimension {dimension}");
            }

            dimensions[d] = (long)dimension;
        }

        var type = reader.ReadUInt32();
        var offset = reader.ReadUInt64();
        if (offset > (ulong)stream.Length)
        {
            throw Error($"tensor '{name}' starts at data offset {offset}, beyond the end of the {stream.Length}-byte file, so the file is truncated or corrupt");
        }

        return new GgufTensorInfo(name, dimensions, type, (long)offset);
    }

    private void CheckTensorData(GgufFile file)
    {
        foreach (var tensor in file.Tensors)
        {
            var bytes = GgmlTypes.ByteSize(tensor);
            if (bytes is not null && file.DataOffset + tensor.Offset + bytes > file.FileSize)
            {
                throw Error(
                    $"the file is truncated: tensor '{tensor.Name}' needs bytes up to {file.DataOffset + tensor.Offset + bytes}, but the file has {file.FileSize}");
            }
        }
    }

    private long ReadCount(string what, long minimumBytesEach)
    {
        var count = reader.ReadUInt64();
        if (count > MaxEntries || count * (ulong)minimumBytesEach > (ulong)Remaining)
        {
            throw Error($"the {what} {count} cannot fit in the {Remaining} bytes left (truncated or corrupt)");
        }

        return (long)count;
    }

    private GgufFormatException Error(string reason, Exception? inner = null)
    {
        var message = $"GGUF file '{Path.GetFileName(path)}' is invalid: {reason}.";
        return inner is null ? new GgufFormatException(message) : new GgufFormatException(message, inner);
    }
}

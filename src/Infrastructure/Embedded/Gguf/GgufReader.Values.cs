using System.Text;

namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>Metadata values of the GGUF header: scalars, strings and (possibly nested) arrays.</summary>
internal sealed partial class GgufReader
{
    private object ReadValue(GgufValueType type, string key, int depth) => type switch
    {
        GgufValueType.UInt8 => reader.ReadByte(),
        GgufValueType.Int8 => reader.ReadSByte(),
        GgufValueType.UInt16 => reader.ReadUInt16(),
        GgufValueType.Int16 => reader.ReadInt16(),
        GgufValueType.UInt32 => reader.ReadUInt32(),
        GgufValueType.Int32 => reader.ReadInt32(),
        GgufValueType.Float32 => reader.ReadSingle(),
        GgufValueType.Bool => reader.ReadByte() != 0,
        GgufValueType.String => ReadString($"value of '{key}'"),
        GgufValueType.Array => ReadArray(key, depth),
        GgufValueType.UInt64 => reader.ReadUInt64(),
        GgufValueType.Int64 => reader.ReadInt64(),
        GgufValueType.Float64 => reader.ReadDouble(),
        _ => throw Error($"metadata '{key}' has unknown value type {(uint)type}"),
    };

    private GgufArray ReadArray(string key, int depth)
    {
        if (depth >= MaxArrayNesting)
        {
            throw Error($"metadata '{key}' nests arrays deeper than {MaxArrayNesting} levels");
        }

        var elementType = (GgufValueType)reader.ReadUInt32();
        var count = ReadCount($"length of array '{key}'", MinimumSize(elementType));
        if (count > MaxKeptArrayLength)
        {
            SkipArray(elementType, count, key, depth);
            return new GgufArray(elementType, count, null);
        }

        var values = new object[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = ReadValue(elementType, key, depth + 1);
        }

        return new GgufArray(elementType, count, values);
    }

    private void SkipArray(GgufValueType elementType, long count, string key, int depth)
    {
        var fixedSize = FixedSize(elementType);
        if (fixedSize > 0)
        {
            stream.Seek(fixedSize * count, SeekOrigin.Current);
            return;
        }

        for (long i = 0; i < count; i++)
        {
            if (elementType == GgufValueType.String)
            {
                var length = ReadStringLength($"element of '{key}'");
                stream.Seek(length, SeekOrigin.Current);
            }
            else
            {
                ReadValue(elementType, key, depth + 1);
            }
        }
    }

    private string ReadString(string what)
    {
        var length = ReadStringLength(what);
        var bytes = reader.ReadBytes((int)length);
        return Encoding.UTF8.GetString(bytes);
    }

    private long ReadStringLength(string what)
    {
        var length = reader.ReadUInt64();
        if (length > (ulong)Remaining)
        {
            throw Error($"the {what} claims {length} bytes but only {Remaining} remain (truncated or corrupt)");
        }

        if (length > MaxStringBytes)
        {
            throw Error($"the {what} is {length} bytes long, over the {MaxStringBytes}-byte limit");
        }

        return (long)length;
    }

    private static long MinimumSize(GgufValueType type) => type switch
    {
        GgufValueType.String => 8,
        GgufValueType.Array => 12,
        _ => Math.Max(1, FixedSize(type)),
    };

    private static long FixedSize(GgufValueType type) => type switch
    {
        GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.UInt16 or GgufValueType.Int16 => 2,
        GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.UInt64 or GgufValueType.Int64 or GgufValueType.Float64 => 8,
        _ => 0,
    };
}

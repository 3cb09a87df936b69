namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>Header of a GGUF file: its metadata and tensor infos, without the tensor data.</summary>
internal sealed record GgufFile(
    string Path,
    long FileSize,
    uint Version,
    IReadOnlyDictionary<string, object> Metadata,
    IReadOnlyList<GgufTensorInfo> Tensors,
    long DataOffset)
{
    public string? GetString(string key) => Metadata.GetValueOrDefault(key) as string;

    /// <summary>Reads an integer value of any GGUF integer type, or null when the key is absent or not an integer.</summary>
    public long? GetInteger(string key) => Metadata.GetValueOrDefault(key) switch
    {
        byte value => value,
        sbyte value => value,
        ushort value => value,
        short value => value,
        uint value => value,
        int value => value,
        ulong value when value <= long.MaxValue => (long)value,
        long value => value,
        _ => null,
    };
}

/// <summary>
/// A metadata array. <see cref="Values"/> is null when the array is longer than the reader keeps
/// (a vocabulary of 100,000 tokens is counted, not loaded).
/// </summary>
internal sealed record GgufArray(GgufValueType ElementType, long Count, IReadOnlyList<object>? Values);

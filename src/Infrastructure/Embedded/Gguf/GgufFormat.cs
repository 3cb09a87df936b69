namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>Constants of the GGUF v3 file layout shared by the writer and the reader.</summary>
internal static class GgufFormat
{
    /// <summary>"GGUF" read as a little-endian 32-bit integer.</summary>
    public const uint Magic = 0x46554747;

    public const uint Version = 3;

    /// <summary>Alignment of the tensor data when <c>general.alignment</c> is absent.</summary>
    public const uint DefaultAlignment = 32;

    /// <summary>ggml's limit on tensor dimensions.</summary>
    public const int MaxDimensions = 4;

    /// <summary>ggml type id of 32-bit float tensors.</summary>
    public const uint TensorTypeF32 = 0;

    public static long AlignUp(long value, long alignment) => (value + alignment - 1) / alignment * alignment;
}

namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>
/// Names and storage sizes of ggml tensor types (the <c>ggml_type</c> ids of llama.cpp's ggml.h).
/// Only types with a known block layout get a size; the others are named but not size-checked.
/// </summary>
internal static class GgmlTypes
{
    private static readonly Dictionary<uint, (string Name, int BlockElements, int BlockBytes)> Types = new()
    {
        [0] = ("F32", 1, 4),
        [1] = ("F16", 1, 2),
        [2] = ("Q4_0", 32, 18),
        [3] = ("Q4_1", 32, 20),
        [6] = ("Q5_0", 32, 22),
        [7] = ("Q5_1", 32, 24),
        [8] = ("Q8_0", 32, 34),
        [9] = ("Q8_1", 32, 36),
        [10] = ("Q2_K", 256, 84),
        [11] = ("Q3_K", 256, 110),
        [12] = ("Q4_K", 256, 144),
        [13] = ("Q5_K", 256, 176),
        [14] = ("Q6_K", 256, 210),
        [15] = ("Q8_K", 256, 292),
        [16] = ("IQ2_XXS", 0, 0),
        [17] = ("IQ2_XS", 0, 0),
        [18] = ("IQ3_XXS", 0, 0),
        [19] = ("IQ1_S", 0, 0),
        [20] = ("IQ4_NL", 0, 0),
        [21] = ("IQ3_S", 0, 0),
        [22] = ("IQ2_S", 0, 0),
        [23] = ("IQ4_XS", 0, 0),
        [24] = ("I8", 1, 1),
        [25] = ("I16", 1, 2),
        [26] = ("I32", 1, 4),
        [27] = ("I64", 1, 8),
        [28] = ("F64", 1, 8),
        [29] = ("IQ1_M", 0, 0),
        [30] = ("BF16", 1, 2),
        [34] = ("TQ1_0", 0, 0),
        [35] = ("TQ2_0", 0, 0),
        [39] = ("MXFP4", 0, 0),
    };

    public static string Name(uint type) => Types.TryGetValue(type, out var info) ? info.Name : $"unknown ({type})";

    /// <summary>Bytes the tensor's data takes, or null when the type's block layout is not in the table.</summary>
    public static long? ByteSize(GgufTensorInfo tensor)
    {
        if (!Types.TryGetValue(tensor.Type, out var info) || info.BlockElements == 0)
        {
            return null;
        }

        return tensor.ElementCount / info.BlockElements * info.BlockBytes;
    }
}

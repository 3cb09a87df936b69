namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>
/// Quantisation names of <c>general.file_type</c> (the <c>llama_ftype</c> ids of llama.cpp's llama.h),
/// with a fallback that infers the name from the tensors when a file has no file type.
/// </summary>
internal static class GgufFileTypes
{
    private static readonly Dictionary<long, string> Names = new()
    {
        [0] = "F32",
        [1] = "F16",
        [2] = "Q4_0",
        [3] = "Q4_1",
        [7] = "Q8_0",
        [8] = "Q5_0",
        [9] = "Q5_1",
        [10] = "Q2_K",
        [11] = "Q3_K_S",
        [12] = "Q3_K_M",
        [13] = "Q3_K_L",
        [14] = "Q4_K_S",
        [15] = "Q4_K_M",
        [16] = "Q5_K_S",
        [17] = "Q5_K_M",
        [18] = "Q6_K",
        [19] = "IQ2_XXS",
        [20] = "IQ2_XS",
        [21] = "Q2_K_S",
        [22] = "IQ3_XS",
        [23] = "IQ3_XXS",
        [24] = "IQ1_S",
        [25] = "IQ4_NL",
        [26] = "IQ3_S",
        [27] = "IQ3_M",
        [28] = "IQ2_S",
        [29] = "IQ2_M",
        [30] = "IQ4_XS",
        [31] = "IQ1_M",
        [32] = "BF16",
        [36] = "TQ1_0",
        [37] = "TQ2_0",
        [38] = "MXFP4_MOE",
    };

    public static string Name(long fileType) => Names.TryGetValue(fileType, out var name) ? name : $"unknown ({fileType})";

    /// <summary>
    /// Names the quantisation of a file without <c>general.file_type</c>: the type holding the most
    /// elements among its matrices (norms and biases stay F32 in quantised models, so they are skipped).
    /// </summary>
    public static string? Infer(IReadOnlyList<GgufTensorInfo> tensors)
    {
        var matrices = tensors.Where(tensor => tensor.Dimensions.Count >= 2).ToList();
        var candidates = matrices.Count > 0 ? matrices : tensors.ToList();

        return candidates
            .GroupBy(tensor => tensor.Type)
            .OrderByDescending(group => group.Sum(tensor => tensor.ElementCount))
            .Select(group => GgmlTypes.Name(group.Key))
            .FirstOrDefault();
    }
}

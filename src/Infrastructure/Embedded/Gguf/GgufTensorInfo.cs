namespace Benchmarker.Infrastructure.Embedded.Gguf;

/// <summary>
/// A tensor's entry in the GGUF header. <see cref="Dimensions"/> are in ggml order (ne[0] first,
/// the fastest-varying one); <see cref="Offset"/> is relative to the start of the data section.
/// </summary>
internal sealed record GgufTensorInfo(string Name, IReadOnlyList<long> Dimensions, uint Type, long Offset)
{
    public long ElementCount => Dimensions.Aggregate(1L, (product, dimension) => product * dimension);
}

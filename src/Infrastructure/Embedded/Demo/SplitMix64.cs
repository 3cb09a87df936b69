namespace Benchmarker.Infrastructure.Embedded.Demo;

/// <summary>
/// The SplitMix64 generator, written here because the sequence of a
/// seeded <see cref="Random"/> is not guaranteed to stay the same across .NET versions, and the demo
/// model must be byte-identical for a given seed forever.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a float uniformly distributed in [-1, 1), from the top 24 bits so every value is exact in F32.</summary>
    public float NextSignedUnit() => ((NextUInt64() >> 40) / (float)(1 << 23)) - 1f;
}

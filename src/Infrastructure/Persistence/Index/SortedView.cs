namespace Benchmarker.Infrastructure.Persistence.Index;

/// <summary>
/// Every index entry in one sort order, with the filtered fields copied into a contiguous array,
/// so a filtered page scans a few megabytes in order instead of chasing a pointer per run.
/// </summary>
internal sealed class SortedView
{
    /// <summary>Bit set for models beyond the first 63 distinct ones; those are checked by name.</summary>
    public const int OverflowBit = 63;

    public SortedView(RunIndexEntry[] entries, IReadOnlyDictionary<string, int> modelBits)
    {
        Entries = entries;
        ModelBits = modelBits;
        Keys = new ViewKey[entries.Length];
        Prompts = new string[entries.Length];

        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            ulong mask = 0;
            foreach (var model in entry.NormalizedModels)
            {
                mask |= 1UL << Math.Min(modelBits[model], OverflowBit);
            }

            Keys[i] = new ViewKey(entry.Summary.Timestamp.UtcTicks, entry.Summary.Success, mask);
            Prompts[i] = entry.PromptLower;
        }
    }

    public RunIndexEntry[] Entries { get; }

    public ViewKey[] Keys { get; }

    public string[] Prompts { get; }

    /// <summary>Bit number of each normalised model name.</summary>
    public IReadOnlyDictionary<string, int> ModelBits { get; }
}

/// <summary>Filtered fields of one entry: UTC ticks of the timestamp, success, and one bit per model.</summary>
internal readonly record struct ViewKey(long UtcTicks, bool Success, ulong ModelMask);

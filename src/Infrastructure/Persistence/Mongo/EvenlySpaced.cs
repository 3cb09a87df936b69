namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>Picks evenly spaced items of a list, always keeping the first and the last.</summary>
internal static class EvenlySpaced
{
    /// <summary>
    /// Returns about <paramref name="fraction"/> of the items but at least <paramref name="minimum"/>
    /// (2 or more), or the list itself when nothing would be dropped.
    /// </summary>
    public static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> items, double fraction, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);

        var target = Math.Max(minimum, (int)Math.Floor(items.Count * fraction));
        if (target >= items.Count)
        {
            return items;
        }

        // Positions i * (n - 1) / (k - 1) start at 0, end at n - 1 and are at least one apart, so
        // no item is taken twice.
        var kept = new T[target];
        var step = (items.Count - 1) / (double)(target - 1);
        for (var i = 0; i < target; i++)
        {
            kept[i] = items[(int)Math.Round(i * step)];
        }

        return kept;
    }
}

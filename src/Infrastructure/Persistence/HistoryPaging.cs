using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>Checks paging values before a store uses them.</summary>
internal static class HistoryPaging
{
    public static void EnsureValid(HistoryFilter filter)
    {
        if (filter.Limit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), filter.Limit, "History filter Limit must be 0 or more.");
        }

        if (filter.Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), filter.Offset, "History filter Offset must be 0 or more.");
        }

        if (filter.Cursor is not null && filter.Offset != 0)
        {
            throw new ArgumentException($"History filter Cursor and Offset {filter.Offset} were both set: a cursor already marks the position, so leave Offset at 0.", nameof(filter));
        }
    }
}

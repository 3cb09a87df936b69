using System.Globalization;

namespace Benchmarker.Infrastructure.Sampling.Proc;

/// <summary>Allocation-light parsers of the /proc text formats (see proc(5)).</summary>
internal static class ProcParsers
{
    /// <summary>
    /// Parses /proc/stat into the aggregate "cpu" line (index 0) followed by "cpu0", "cpu1", … Writes
    /// into <paramref name="destination"/> and returns how many entries were written.
    /// </summary>
    public static int ParseCpuTimes(ReadOnlySpan<char> text, Span<CpuTimes> destination)
    {
        var count = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (!line.StartsWith("cpu") || count >= destination.Length)
            {
                if (count > 0)
                {
                    break;
                }

                continue;
            }

            ulong total = 0;
            ulong idle = 0;
            var field = 0;
            foreach (var part in line.Split(' '))
            {
                var token = line[part];
                if (token.IsEmpty || field++ == 0)
                {
                    continue;
                }

                // Fields after the label: user nice system idle iowait irq softirq steal guest guest_nice.
                // guest and guest_nice are already counted in user and nice, so they are left out.
                var index = field - 2;
                if (index >= 8)
                {
                    break;
                }

                var value = ulong.Parse(token, CultureInfo.InvariantCulture);
                total += value;
                if (index is 3 or 4)
                {
                    idle += value;
                }
            }

            destination[count++] = new CpuTimes(total, idle);
        }

        return count;
    }

    /// <summary>Reads a "Key:   value kB" line of /proc/meminfo in kB, or null when the key is missing.</summary>
    public static long? ParseMemInfoKb(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.Length > key.Length && line.StartsWith(key) && line[key.Length] == ':')
            {
                var value = line[(key.Length + 1)..].Trim();
                var end = value.IndexOf(' ');
                return long.Parse(end < 0 ? value : value[..end], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads utime + stime and starttime (clock ticks) and rss (pages) from /proc/[pid]/stat. The
    /// command name may contain spaces and parentheses, so fields are counted after the last ')'.
    /// </summary>
    public static (ulong CpuTicks, ulong StartTime, long RssPages)? ParseProcessStat(ReadOnlySpan<char> text)
    {
        var afterName = text.LastIndexOf(')');
        if (afterName < 0)
        {
            return null;
        }

        var rest = text[(afterName + 1)..];
        ulong utime = 0;
        ulong stime = 0;
        ulong startTime = 0;
        long rss = 0;
        var field = 2;
        foreach (var range in rest.Split(' '))
        {
            var token = rest[range];
            if (token.IsEmpty)
            {
                continue;
            }

            field++;
            switch (field)
            {
                case 14: utime = ulong.Parse(token, CultureInfo.InvariantCulture); break;
                case 15: stime = ulong.Parse(token, CultureInfo.InvariantCulture); break;
                case 22: startTime = ulong.Parse(token, CultureInfo.InvariantCulture); break;
                case 24: rss = long.Parse(token, CultureInfo.InvariantCulture); return (utime + stime, startTime, rss);
            }
        }

        return null;
    }
}

using System.Text;

namespace Benchmarker.Infrastructure.Embedded.Engine;

/// <summary>
/// Cuts generated text at the first stop string. Text that could be the start of a stop string is
/// held back until the next token shows whether it is, so no chunk ever carries part of a stop string.
/// </summary>
internal sealed class StopSequenceFilter(IReadOnlyList<string> stops)
{
    private readonly string[] stops = [.. stops.Where(stop => stop.Length > 0)];
    private readonly StringBuilder pending = new();

    public bool Stopped { get; private set; }

    /// <summary>Adds generated text and returns the part that is safe to emit now.</summary>
    public string Append(string text)
    {
        if (stops.Length == 0)
        {
            return text;
        }

        pending.Append(text);
        var buffered = pending.ToString();
        pending.Clear();

        var stopIndex = stops.Select(stop => buffered.IndexOf(stop, StringComparison.Ordinal)).Where(index => index >= 0).DefaultIfEmpty(-1).Min();
        if (stopIndex >= 0)
        {
            Stopped = true;
            return buffered[..stopIndex];
        }

        var held = LongestPartialStop(buffered);
        pending.Append(buffered, buffered.Length - held, held);
        return buffered[..^held];
    }

    /// <summary>Returns the held-back text when the generation ends without a stop string.</summary>
    public string Flush()
    {
        var rest = pending.ToString();
        pending.Clear();
        return rest;
    }

    private int LongestPartialStop(string text)
    {
        var longest = 0;
        foreach (var stop in stops)
        {
            for (var length = Math.Min(stop.Length - 1, text.Length); length > longest; length--)
            {
                if (text.AsSpan(text.Length - length).SequenceEqual(stop.AsSpan(0, length)))
                {
                    longest = length;
                    break;
                }
            }
        }

        return longest;
    }
}

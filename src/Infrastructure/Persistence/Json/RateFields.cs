using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>Up to two nullable numbers read from a "timing" or "throughput" object, the other properties skipped.</summary>
internal sealed class RateFields
{
    private bool firstSeen;
    private bool secondSeen;

    public double? First { get; private set; }

    public double? Second { get; private set; }

    /// <summary>Null when the value is not an object, an expected property repeats or contains something other than a number or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RateFields? TryScan(ref Utf8JsonReader reader, ReadOnlySpan<byte> firstName, ReadOnlySpan<byte> secondName)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var fields = new RateFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(firstName))
            {
                if (fields.firstSeen || !ScanValue.TryNumber(ref reader, out var value))
                {
                    return null;
                }

                (fields.firstSeen, fields.First) = (true, value);
            }
            else if (!secondName.IsEmpty && reader.ValueTextEquals(secondName))
            {
                if (fields.secondSeen || !ScanValue.TryNumber(ref reader, out var value))
                {
                    return null;
                }

                (fields.secondSeen, fields.Second) = (true, value);
            }
            else
            {
                reader.Skip();
            }
        }

        return fields;
    }
}

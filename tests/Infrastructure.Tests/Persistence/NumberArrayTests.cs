using System.Text;
using System.Text.Json;
using Benchmarker.Infrastructure.Persistence.Json;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>The fast measure of number arrays must never accept what Utf8JsonReader rejects, and must measure what it accepts exactly.</summary>
public sealed class NumberArrayTests
{
    [Theory]
    [InlineData("[]", 2)]
    [InlineData(" \t\r\n[ ]", 7)]
    [InlineData("[0]", 3)]
    [InlineData("[-0]", 4)]
    [InlineData("[0.2255182894531257,0.2955182894531257]", 39)]
    [InlineData("[ 1 , -2.5 ,\n3e5,4E-2,5e+10, 0.0 ]", 34)]
    [InlineData("[123456789012345678901234567890]", 32)]
    [InlineData("[1],\"next\":2}", 3)]
    public void Measures_number_arrays(string json, int length)
    {
        Assert.Equal(length, NumberArray.MeasureValue(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[1")]
    [InlineData("[1,")]
    [InlineData("[1,]")]
    [InlineData("[,1]")]
    [InlineData("[1 2]")]
    [InlineData("[01]")]
    [InlineData("[-01]")]
    [InlineData("[1.]")]
    [InlineData("[.5]")]
    [InlineData("[+1]")]
    [InlineData("[-]")]
    [InlineData("[1e]")]
    [InlineData("[1e+]")]
    [InlineData("[1.5x]")]
    [InlineData("[1}")]
    [InlineData("[\"1\"]")]
    [InlineData("[null]")]
    [InlineData("[[1]]")]
    [InlineData("[NaN]")]
    [InlineData("[1\u00a0]")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("7")]
    public void Rejects_everything_else(string json)
    {
        Assert.Equal(-1, NumberArray.MeasureValue(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>
    /// Random arrays of number characters, with a few other bytes: the measure accepts exactly the
    /// arrays of numbers that Utf8JsonReader reads, and measures the same length.
    /// </summary>
    [Fact]
    public void Agrees_with_reader_on_random_arrays()
    {
        var random = new Random(20261205);
        const string alphabet = "0123456789-+.eE,[] \n\"x";
        var accepted = 0;

        for (var sample = 0; sample < 200_000; sample++)
        {
            var body = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var json = Encoding.UTF8.GetBytes("[" + body + "]");

            var length = NumberArray.MeasureValue(json);
            var readerLength = ReaderLength(json);

            Assert.True(readerLength == length, $"'{Encoding.UTF8.GetString(json)}' measured {length}, Utf8JsonReader read {readerLength}");
            accepted += length >= 0 ? 1 : 0;
        }

        // Enough valid arrays among the samples that the check covers acceptance, not only rejection.
        Assert.InRange(accepted, 1_000, 200_000);
    }

    /// <summary>
    /// Random number arrays as a result property of a whole run file, followed by several endings.
    /// The scan resumes with a new reader after a measured array, and it must index the file exactly
    /// when Utf8JsonReader reads the whole file without error. The alphabet adds bytes that JSON does
    /// not allow as whitespace (form feed, vertical tab, no-break space, BOM) and comment, object and
    /// string characters.
    /// </summary>
    [Fact]
    public void Scan_matches_reader_inside_run_file()
    {
        var random = new Random(20261206);
        string[] alphabet = [.. "0123456789-+.eE,[] \t\r\n\f\v/*{}:\"xnul".Select(character => character.ToString()), "\u00a0", "\ufeff", "null", "1e5"];
        string[] tails = ["}]}", " }]}\n", ",\"success\":true}]}", "}]", "}]}}", "}]} x", ",}]}", "", "}]}/**/", "\"x\":1}]}"];
        const string Head = """{"id":"r","timestamp":"2026-03-01T10:00:00Z","prompt":"p","results":[{"model":"m","backend":"ollama","chunk_offsets":""";
        var scanned = 0;

        for (var sample = 0; sample < 100_000; sample++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var json = Encoding.UTF8.GetBytes(Head + "[" + body + "]" + tails[random.Next(tails.Length)]);

            var scanAccepts = RunSummaryScanner.TryScan(json) is not null;

            Assert.True(scanAccepts == ReaderAcceptsWholeDocument(json), $"'{Encoding.UTF8.GetString(json)}': scan accepted {scanAccepts}");
            scanned += scanAccepts ? 1 : 0;
        }

        Assert.InRange(scanned, 1_000, 100_000);
    }

    [Theory]
    [InlineData("[1,2.5]", true)]
    [InlineData("[\"a\"]", false)]
    public void Scan_skips_number_array_with_new_reader(string offsets, bool measured)
    {
        var json = Encoding.UTF8.GetBytes("""{"results":[{"chunk_offsets":""" + offsets + ""","model":"m"}]}""");
        var document = new ScanDocument(json);
        var reader = document.StartReader();
        for (var token = 0; token < 5; token++)
        {
            reader.Read();
        }

        document.SkipResultProperty(ref reader);

        // A reader started after the array has consumed nothing yet; Skip leaves the original reader at the array's end.
        Assert.Equal(measured, reader.BytesConsumed == 0);
        Assert.True(reader.Read());
        Assert.True(reader.ValueTextEquals("model"u8));
        while (reader.Read())
        {
        }

        Assert.Equal(0, reader.CurrentDepth);
    }

    private static bool ReaderAcceptsWholeDocument(byte[] json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Bytes Utf8JsonReader reads for an array of numbers at the start, or -1 when it rejects them or finds something else.</summary>
    private static long ReaderLength(byte[] json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return -1;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
            }

            return reader.TokenType == JsonTokenType.EndArray ? reader.BytesConsumed : -1;
        }
        catch (JsonException)
        {
            return -1;
        }
    }
}

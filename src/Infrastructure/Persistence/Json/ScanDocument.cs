using System.Text.Json;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// The run file being scanned and where the current Utf8JsonReader's span starts in it, so a
/// scanner can measure a number array with <see cref="NumberArray"/> and go on with a new reader
/// after it. The chunk offsets are the most expensive tokens to read: 120 of the 466 tokens of each
/// run that generate-runs writes, and real runs have hundreds of offsets per result.
/// </summary>
internal ref struct ScanDocument(ReadOnlySpan<byte> utf8Json)
{
    /// <summary>
    /// State of a reader that has just read the end of an array inside a result object: the
    /// nesting of root object, "results" array and result object, with the default options the
    /// scan reader uses. A reader started with it after the array goes on exactly as one that had
    /// read the array's tokens, including the checks at the end of the document.
    /// </summary>
    private static readonly JsonReaderState AfterArrayInResult = ReadStateAfterArrayInResult();

    private readonly ReadOnlySpan<byte> utf8Json = utf8Json;

    private int readerStart;

    /// <summary>A reader over the whole document, positioned before its first token.</summary>
    public readonly Utf8JsonReader StartReader() => new(utf8Json);

    /// <summary>
    /// Skips the value of the result property that <paramref name="reader"/> is positioned at, like
    /// <see cref="Utf8JsonReader.Skip"/>. An array of plain numbers is measured by
    /// <see cref="NumberArray"/> and <paramref name="reader"/> replaced by one that starts after it;
    /// any other value, valid or not, is left to <see cref="Utf8JsonReader.Skip"/>.
    /// </summary>
    public void SkipResultProperty(ref Utf8JsonReader reader)
    {
        var valueStart = readerStart + (int)reader.BytesConsumed;
        var length = NumberArray.MeasureValue(utf8Json[valueStart..]);
        if (length < 0)
        {
            reader.Skip();
            return;
        }

        readerStart = valueStart + length;
        reader = new Utf8JsonReader(utf8Json[readerStart..], isFinalBlock: true, AfterArrayInResult);
    }

    private static JsonReaderState ReadStateAfterArrayInResult()
    {
        var reader = new Utf8JsonReader("""{"results":[{"chunk_offsets":[]"""u8, isFinalBlock: false, state: default);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
        }

        return reader.CurrentState;
    }
}

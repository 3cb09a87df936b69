using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Abstractions;

/// <summary>
/// Position after one history item, for keyset paging: the sort column and direction it was made
/// for, the item's value in that column, its timestamp and its id. Those three values are the whole
/// order key, so the next page starts exactly after the item even when other items share its
/// value. The wire form is base64url of a small JSON object, opaque to clients.
/// </summary>
public sealed record HistoryCursor
{
    public required HistorySortField SortBy { get; init; }

    public required bool Descending { get; init; }

    /// <summary>Sort value for the prompt and models columns: the lower-case key both stores sort on.</summary>
    public string? Text { get; init; }

    /// <summary>Sort value for the time-to-first-token and tokens-per-second columns; null sorts before every number.</summary>
    public double? Number { get; init; }

    /// <summary>Sort value for the success column.</summary>
    public bool? Flag { get; init; }

    public required long TimestampUtcTicks { get; init; }

    public required string Id { get; init; }

    /// <summary>Builds the cursor that continues after <paramref name="item"/> in the given order.</summary>
    public static HistoryCursor After(BenchmarkRunSummary item, HistorySortField sortBy, bool descending)
    {
        ArgumentNullException.ThrowIfNull(item);

        return new HistoryCursor
        {
            SortBy = sortBy,
            Descending = descending,
            Text = sortBy switch
            {
                HistorySortField.Prompt => HistorySortKeys.Prompt(item),
                HistorySortField.Models => HistorySortKeys.Models(item),
                _ => null,
            },
            Number = sortBy switch
            {
                HistorySortField.BestTimeToFirstToken => item.BestTimeToFirstToken,
                HistorySortField.BestTokensPerSecond => item.BestTokensPerSecond,
                _ => null,
            },
            Flag = sortBy == HistorySortField.Success ? item.Success : null,
            TimestampUtcTicks = item.Timestamp.UtcTicks,
            Id = item.Id,
        };
    }

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, CursorJson.Default.HistoryCursor));

    /// <summary>
    /// Decodes a cursor and checks that it was made for the request's order. Returns null and an
    /// error that says what is wrong when the text is not a cursor this service made, or was made for another sort.
    /// </summary>
    public static HistoryCursor? TryDecode(string text, HistorySortField sortBy, bool descending, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);

        var cursor = Parse(text);
        error = cursor is null ? "is not a valid history cursor (changed, truncated or made by another version)" : CheckShape(cursor);
        if (error is null && (cursor!.SortBy != sortBy || cursor.Descending != descending))
        {
            error = "was made for another sort order than this request's";
        }

        return error is null ? cursor : null;
    }

    /// <summary>Like <see cref="TryDecode"/>, for stores: throws <see cref="ArgumentException"/> naming the filter's Cursor.</summary>
    public static HistoryCursor Decode(string text, HistorySortField sortBy, bool descending) =>
        TryDecode(text, sortBy, descending, out var error)
            ?? throw new ArgumentException($"History filter Cursor {error}: start again without cursor.", nameof(text));

    private static HistoryCursor? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(text), CursorJson.Default.HistoryCursor);
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Checks that the cursor carries exactly the value its sort column needs.</summary>
    private static string? CheckShape(HistoryCursor cursor)
    {
        var valid = cursor.SortBy switch
        {
            HistorySortField.Timestamp => cursor is { Text: null, Number: null, Flag: null },
            HistorySortField.Prompt or HistorySortField.Models => cursor is { Text: not null, Number: null, Flag: null },
            HistorySortField.Success => cursor is { Text: null, Number: null, Flag: not null },
            HistorySortField.BestTimeToFirstToken or HistorySortField.BestTokensPerSecond => cursor is { Text: null, Flag: null } && (cursor.Number is null || double.IsFinite(cursor.Number.Value)),
            _ => false,
        };

        var timestampValid = cursor.TimestampUtcTicks >= DateTime.MinValue.Ticks && cursor.TimestampUtcTicks <= DateTime.MaxValue.Ticks;
        return valid && timestampValid && !string.IsNullOrEmpty(cursor.Id) ? null : "is not a valid history cursor (its values do not fit its sort column)";
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HistoryCursor))]
internal sealed partial class CursorJson : JsonSerializerContext;

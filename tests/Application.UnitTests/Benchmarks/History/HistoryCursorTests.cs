using System.Buffers.Text;
using System.Text;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.UnitTests.Benchmarks.History;

public sealed class HistoryCursorTests
{
    private static readonly BenchmarkRunSummary Item = new()
    {
        Id = "run-1",
        Timestamp = new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1234),
        PromptExcerpt = "Ünïcode PROMPT",
        Models = ["Llama3", "phi4"],
        Success = true,
        BestTimeToFirstToken = null,
        BestTokensPerSecond = 41.5,
    };

    public static TheoryData<HistorySortField, bool> EveryOrder()
    {
        var data = new TheoryData<HistorySortField, bool>();
        foreach (var field in Enum.GetValues<HistorySortField>())
        {
            data.Add(field, false);
            data.Add(field, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOrder))]
    public void Encode_then_decode_round_trips(HistorySortField field, bool descending)
    {
        var cursor = HistoryCursor.After(Item, field, descending);

        var decoded = HistoryCursor.TryDecode(cursor.Encode(), field, descending, out var error);

        Assert.Null(error);
        Assert.Equal(cursor, decoded);
        Assert.Equal(Item.Timestamp.UtcTicks, decoded!.TimestampUtcTicks);
    }

    [Fact]
    public void After_takes_sort_keys_of_item()
    {
        Assert.Equal("ünïcode prompt", HistoryCursor.After(Item, HistorySortField.Prompt, false).Text);
        Assert.Equal("llama3,phi4", HistoryCursor.After(Item, HistorySortField.Models, false).Text);
        Assert.Equal(41.5, HistoryCursor.After(Item, HistorySortField.BestTokensPerSecond, false).Number);
        Assert.Null(HistoryCursor.After(Item, HistorySortField.BestTimeToFirstToken, false).Number);
        Assert.True(HistoryCursor.After(Item, HistorySortField.Success, false).Flag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("***")]
    [InlineData("bm90IGpzb24")]
    [InlineData("e30")]
    public void Decode_malformed_text_is_invalid(string text)
    {
        var decoded = HistoryCursor.TryDecode(text, HistorySortField.Timestamp, true, out var error);

        Assert.Null(decoded);
        Assert.Contains("is not a valid history cursor", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"sort_by\":\"Prompt\",\"descending\":true,\"timestamp_utc_ticks\":1,\"id\":\"a\"}")]
    [InlineData("{\"sort_by\":\"Timestamp\",\"descending\":true,\"text\":\"x\",\"timestamp_utc_ticks\":1,\"id\":\"a\"}")]
    [InlineData("{\"sort_by\":\"Success\",\"descending\":true,\"timestamp_utc_ticks\":1,\"id\":\"a\"}")]
    [InlineData("{\"sort_by\":\"Timestamp\",\"descending\":true,\"timestamp_utc_ticks\":-5,\"id\":\"a\"}")]
    [InlineData("{\"sort_by\":\"Timestamp\",\"descending\":true,\"timestamp_utc_ticks\":1,\"id\":\"\"}")]
    [InlineData("{\"sort_by\":99,\"descending\":true,\"timestamp_utc_ticks\":1,\"id\":\"a\"}")]
    public void Decode_values_not_fitting_sort_are_invalid(string json)
    {
        var text = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

        var decoded = HistoryCursor.TryDecode(text, HistorySortField.Timestamp, true, out var error);

        Assert.Null(decoded);
        Assert.NotNull(error);
    }

    [Fact]
    public void Decode_other_sort_names_mismatch()
    {
        var text = HistoryCursor.After(Item, HistorySortField.Prompt, descending: false).Encode();

        var otherDirection = HistoryCursor.TryDecode(text, HistorySortField.Prompt, true, out var directionError);
        var otherField = HistoryCursor.TryDecode(text, HistorySortField.Models, false, out var fieldError);

        Assert.Null(otherDirection);
        Assert.Null(otherField);
        Assert.Contains("another sort order", directionError, StringComparison.Ordinal);
        Assert.Contains("another sort order", fieldError, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_throwing_form_names_fix()
    {
        var failure = Assert.Throws<ArgumentException>(() => HistoryCursor.Decode("e30", HistorySortField.Timestamp, true));

        Assert.Contains("start again without cursor", failure.Message, StringComparison.Ordinal);
    }
}

namespace Benchmarker.WebUi.Display;

/// <summary>Date filters are whole days in UTC: "from" starts at midnight, "to" includes its whole day.</summary>
public static class Dates
{
    public static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } value ? new DateTimeOffset(value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public static DateTimeOffset? EndOf(DateOnly? day) =>
        day is { } value ? new DateTimeOffset(value.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null;
}

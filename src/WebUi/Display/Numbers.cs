using System.Globalization;

namespace Benchmarker.WebUi.Display;

/// <summary>How the pages write numbers: fixed decimals in the invariant culture, and a dash with a reason for missing values.</summary>
public static class Numbers
{
    public const string Missing = "—";

    public static string Seconds(double? value) =>
        value is { } seconds ? seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s" : Missing;

    public static string Rate(double? value, string unit = "tok/s") =>
        value is { } rate ? rate.ToString("0.0", CultureInfo.InvariantCulture) + " " + unit : Missing;

    public static string Plain(double? value, string format = "0.###") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? Missing;

    public static string Count(long? value) =>
        value?.ToString("N0", CultureInfo.InvariantCulture) ?? "not reported";

    public static string Bytes(long? value) => value switch
    {
        null => Missing,
        >= 1L << 30 => (value.Value / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB",
        >= 1L << 20 => (value.Value / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        _ => (value.Value / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
    };

    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A value for a data-* attribute read by the page scripts: invariant, empty when missing.</summary>
    public static string Data(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}

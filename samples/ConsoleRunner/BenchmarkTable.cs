using System.Globalization;
using System.Text;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Samples.ConsoleRunner;

/// <summary>One line per model: the figures a user compares first. Undefined values print as "-".</summary>
public static class BenchmarkTable
{
    private static readonly string[] Headers = ["model", "success", "ttft s", "tokens/s", "completion tokens", "total s"];

    public static string Format(BenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);

        var rows = run.Results.Select(Row).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();

        var table = new StringBuilder();
        foreach (var row in rows)
        {
            table.AppendLine(string.Join("  ", row.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd());
        }

        foreach (var failed in run.Results.Where(result => !result.Success))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{failed.Model}: {failed.Error}");
        }

        return table.ToString();
    }

    private static string[] Row(ModelResult result) =>
    [
        result.Model,
        result.Success ? "yes" : "no",
        Number(result.Timing.TimeToFirstToken, "0.000"),
        Number(result.Throughput.TokensPerSecond, "0.0"),
        result.Tokens.CompletionTokens?.ToString(CultureInfo.InvariantCulture) ?? "-",
        Number(result.Timing.TotalTime, "0.000"),
    ];

    private static string Number(double? value, string format) =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}

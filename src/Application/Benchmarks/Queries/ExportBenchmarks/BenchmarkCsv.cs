using System.Globalization;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;

/// <summary>
/// Writes runs as CSV (RFC 4180), one row per model result. Text cells that a spreadsheet would read
/// as a formula (starting with =, +, -, @, tab or carriage return) get a leading apostrophe, because
/// prompts and answers are untrusted; numbers are written in the invariant culture and never altered.
/// </summary>
public static class BenchmarkCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "run_id", "run_timestamp", "cancelled", "prompt", "model", "backend", "success", "error_kind", "error", "flags", "done_reason",
        "time_to_first_token", "time_to_first_content", "total_time", "decode_time", "load_duration",
        "tokens_per_second", "client_tokens_per_second", "end_to_end_tokens_per_second", "prompt_tokens_per_second",
        "prompt_tokens", "completion_tokens", "total_chunks", "total_bytes", "response",
    ];

    public static async Task WriteAsync(IAsyncEnumerable<BenchmarkRun> runs, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(writer);

        await writer.WriteAsync(string.Join(',', Columns) + "\r\n").ConfigureAwait(false);

        await foreach (var run in runs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var result in run.Results)
            {
                await writer.WriteAsync(string.Join(',', Row(run, result)) + "\r\n").ConfigureAwait(false);
            }
        }
    }

    internal static IEnumerable<string> Row(BenchmarkRun run, ModelResult result) =>
    [
        Text(run.Id), Text(run.Timestamp.ToString("O", CultureInfo.InvariantCulture)), Bool(run.Cancelled), Text(run.Prompt),
        Text(result.Model), Text(result.Backend), Bool(result.Success), Text(result.ErrorKind), Text(result.Error),
        Text(string.Join(' ', result.Flags)), Text(result.DoneReason),
        Number(result.Timing.TimeToFirstToken), Number(result.Timing.TimeToFirstContent), Number(result.Timing.TotalTime),
        Number(result.Timing.DecodeTime), Number(result.Timing.LoadDuration),
        Number(result.Throughput.TokensPerSecond), Number(result.Throughput.ClientTokensPerSecond),
        Number(result.Throughput.EndToEndTokensPerSecond), Number(result.Throughput.PromptTokensPerSecond),
        Number(result.Tokens.PromptTokens), Number(result.Tokens.CompletionTokens),
        Number(result.Throughput.TotalChunks), Number(result.Throughput.TotalBytes), Text(result.Response),
    ];

    /// <summary>Quotes a text cell when needed and defuses a leading formula character.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

using System.Text;
using System.Text.Json;
using Benchmarker.Application.Benchmarks.Queries.ExportBenchmarks;
using Benchmarker.Domain.Benchmarks;
using Microsoft.Net.Http.Headers;

namespace Benchmarker.WebApi.Endpoints;

/// <summary>Streams runs as CSV while they are read from the store, so a large history never sits in memory.</summary>
internal sealed class CsvExportResult(IAsyncEnumerable<BenchmarkRun> runs, string fileName) : IResult
{
    // A byte order mark lets spreadsheet programs detect UTF-8.
    private static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "text/csv; charset=utf-8";
        httpContext.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{fileName}\"";

        var writer = new StreamWriter(httpContext.Response.Body, Utf8WithMark, bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await BenchmarkCsv.WriteAsync(runs, writer, httpContext.RequestAborted);
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }
}

/// <summary>Streams runs as one JSON array in the API's own snake_case shape.</summary>
internal sealed class JsonExportResult(IAsyncEnumerable<BenchmarkRun> runs, JsonSerializerOptions options, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{fileName}\"";

        await JsonSerializer.SerializeAsync(httpContext.Response.Body, runs, options, httpContext.RequestAborted);
    }
}

using System.Text.Json;
using Benchmarker.Application.Benchmarks.Commands.ImportRuns;
using FluentValidation;
using FluentValidation.Results;

namespace Benchmarker.WebApi.Import;

/// <summary>
/// The parsed body of an import request. It owns the JSON document the elements point into, so it
/// must outlive the import. A body that is neither an object nor a non-empty array becomes a 400 naming the problem.
/// </summary>
internal sealed class ImportRequestBody(JsonDocument document, IReadOnlyList<ImportDocument> documents) : IDisposable
{
    private const string Shape = "send one run document as a JSON object, or several as a JSON array of objects";

    public IReadOnlyList<ImportDocument> Documents { get; } = documents;

    public static async Task<ImportRequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException(
                $"Content-Type '{request.ContentType}' is not supported: {Shape}, with the header Content-Type: application/json.",
                StatusCodes.Status415UnsupportedMediaType);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException error)
        {
            throw Invalid(error.LineNumber is null
                ? $"The request body is not valid JSON: {Shape}."
                : $"The request body is not valid JSON at line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}: {Shape}.");
        }

        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object)
        {
            return new ImportRequestBody(document, [new ImportDocument("$", root)]);
        }

        if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
        {
            return new ImportRequestBody(document, [.. root.EnumerateArray().Select((item, index) => new ImportDocument($"$[{index}]", item))]);
        }

        var kind = KindOf(root.ValueKind);
        document.Dispose();
        throw Invalid($"The request body is {kind}: {Shape}.");
    }

    private static string KindOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an empty array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    public void Dispose() => document.Dispose();

    private static ValidationException Invalid(string message) => new([new ValidationFailure("body", message)]);
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama.Streaming;
using Refit;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>Turns each way an Ollama generation can end into a <see cref="GenerationOutcome"/> with a message a user can act on.</summary>
internal static class OllamaOutcomes
{
    private const int MaxErrorChars = 500;

    public static GenerationOutcome FromStreamEnd(NdjsonReadEnd end, OllamaStreamState state, long t0, int rejected)
    {
        var (status, kind, error) = (end, state.End) switch
        {
            (_, StreamLineEnd.Done) => (GenerationStatus.Completed, null, null),
            (_, StreamLineEnd.ErrorLine) => (GenerationStatus.Failed, ResultErrorKinds.ServerError,
                $"Ollama reported an error mid-stream: {state.Error}"),
            (_, StreamLineEnd.Malformed) => (GenerationStatus.Failed, ResultErrorKinds.MalformedStream,
                $"Ollama sent a malformed stream line: {state.Error}"),
            (NdjsonReadEnd.LineTooLong, _) => (GenerationStatus.Failed, ResultErrorKinds.MalformedStream,
                $"Ollama sent a stream line longer than {NdjsonLineReader.MaxLineBytes} bytes."),
            _ => (GenerationStatus.Incomplete, ResultErrorKinds.Incomplete,
                "The stream ended without a final (done:true) chunk."),
        };

        return Partial(status, kind, error, state, t0, rejected) with { Stats = state.Stats };
    }

    /// <summary>An outcome that keeps whatever the stream delivered before it ended.</summary>
    public static GenerationOutcome Partial(
        GenerationStatus status, string? errorKind, string? error, OllamaStreamState state, long t0, int rejected) => new()
    {
        Status = status,
        StartTimestamp = t0,
        FirstByteTimestamp = state.FirstByteTimestamp,
        EndTimestamp = state.EndTimestamp ?? Stopwatch.GetTimestamp(),
        Chunks = state.Chunks,
        ErrorKind = errorKind,
        Error = error,
        RejectedAttempts = rejected,
    };

    public static GenerationOutcome FromSendFailure(
        Exception exception, long t0, OllamaStreamState state, int rejected, CancellationToken callerToken, OllamaOptions options)
    {
        if (callerToken.IsCancellationRequested)
        {
            return Partial(GenerationStatus.Cancelled, ResultErrorKinds.Cancelled, "The generation was cancelled.", state, t0, rejected);
        }

        exception = Unwrap(exception);
        if (exception is OperationCanceledException)
        {
            return Partial(GenerationStatus.TimedOut, ResultErrorKinds.Timeout,
                $"Ollama timed out: no response within Ollama:FirstByteTimeout ({options.FirstByteTimeout}).", state, t0, rejected);
        }

        if (exception is not HttpRequestException http)
        {
            return Partial(GenerationStatus.Failed, ResultErrorKinds.ServerError,
                $"The request to Ollama at {options.BaseUrl} failed before a response: {exception.Message}", state, t0, rejected);
        }


        if (IsUnreachable(http))
        {
            return Partial(GenerationStatus.Failed, ResultErrorKinds.Unreachable, UnreachableMessage(options.BaseUrl, http), state, t0, rejected);
        }

        return Partial(GenerationStatus.Failed, ResultErrorKinds.ServerError,
            $"The request to Ollama at {options.BaseUrl} failed before a response: {http.Message}", state, t0, rejected);
    }

    public static GenerationOutcome Rejected(long t0, int rejected, string error, string baseUrl) => new()
    {
        Status = GenerationStatus.Failed,
        StartTimestamp = t0,
        EndTimestamp = Stopwatch.GetTimestamp(),
        ErrorKind = ResultErrorKinds.Rejected,
        Error = $"Ollama at {baseUrl} stayed busy (HTTP 503) through {rejected} attempts: {error}",
        HttpStatus = 503,
        RejectedAttempts = rejected,
    };

    public static GenerationOutcome Cancelled(long t0, int rejected) => new()
    {
        Status = GenerationStatus.Cancelled,
        StartTimestamp = t0,
        EndTimestamp = Stopwatch.GetTimestamp(),
        ErrorKind = ResultErrorKinds.Cancelled,
        Error = "The generation was cancelled while waiting to retry.",
        RejectedAttempts = rejected,
    };

    public static GenerationOutcome FromStatus(HttpStatusCode status, string error, string model, long t0, int rejected, string baseUrl)
    {
        var (kind, message) = status switch
        {
            HttpStatusCode.NotFound => (ResultErrorKinds.ModelNotFound,
                $"Model '{model}' is not installed in Ollama at {baseUrl} ({error}). Pull it with `ollama pull {model}`."),
            HttpStatusCode.BadRequest => (ResultErrorKinds.InvalidRequest, $"Ollama rejected the request as invalid: {error}"),
            _ => (ResultErrorKinds.ServerError, $"Ollama returned HTTP {(int)status}: {error}"),
        };

        return new GenerationOutcome
        {
            Status = GenerationStatus.Failed,
            StartTimestamp = t0,
            EndTimestamp = Stopwatch.GetTimestamp(),
            ErrorKind = kind,
            Error = message,
            HttpStatus = (int)status,
            RejectedAttempts = rejected,
        };
    }

    /// <summary>Returns the <c>error</c> text of an Ollama error body, or the body itself when it is not that JSON.</summary>
    public static async Task<string> ReadErrorTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            return $"HTTP {(int)response.StatusCode} (the body could not be read: {ex.Message})";
        }

        return ExtractError(body, (int)response.StatusCode);
    }

    public static string ExtractError(string body, int status)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String)
            {
                return Truncate(error.GetString()!);
            }
        }
        catch (JsonException)
        {
            // Not JSON (for example gin's plain-text "404 page not found"): fall through to the raw text.
        }

        var text = body.Trim();
        return text.Length == 0 ? $"HTTP {status} with an empty body" : Truncate(text);
    }

    /// <summary>Returns what Refit wrapped in <see cref="ApiRequestException"/> (a send failure), else the exception itself.</summary>
    public static Exception Unwrap(Exception exception) =>
        exception is ApiRequestException { InnerException: { } inner } ? inner : exception;

    public static bool IsUnreachable(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || exception.InnerException is SocketException;

    public static string UnreachableMessage(string baseUrl, Exception exception) =>
        $"Ollama is not reachable at {baseUrl}: {exception.Message}. Start it with `ollama serve` or set Ollama__BaseUrl.";

    private static string Truncate(string text) => text.Length <= MaxErrorChars ? text : text[..MaxErrorChars] + "…";
}

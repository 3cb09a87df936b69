using System.Diagnostics;
using System.Net;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama.Api;
using Benchmarker.Infrastructure.Ollama.Streaming;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Ollama;

/// <summary>
/// Runs one streaming generation against Ollama: sends it (again after a 503, with backoff), enforces
/// the first-byte and idle timeouts, reads the stream and turns every ending into an outcome.
/// </summary>
internal sealed class OllamaGenerator(IOllamaApi api, OllamaOptions options, ILogger logger)
{
    public async Task<GenerationOutcome> GenerateAsync(
        GenerationRequest request, IGenerationObserver observer, CancellationToken cancellationToken)
    {
        var send = OllamaRequestFactory.Create(api, request);
        var rejected = 0;
        var firstSend = Stopwatch.GetTimestamp();

        while (true)
        {
            var attempt = await SendOnceAsync(send, request, observer, rejected, cancellationToken);
            if (attempt.Outcome is not null)
            {
                return Logged(request, WithQueueTime(attempt.Outcome, firstSend, rejected));
            }

            rejected++;
            if (rejected > options.MaxRetries)
            {
                return Logged(request, attempt.RejectedOutcome!);
            }

            var delay = options.RetryBaseDelay * Math.Pow(2, rejected - 1);
            OllamaLog.Rejected(logger, options.BaseUrl, request.Model, rejected, delay);

            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Logged(request, OllamaOutcomes.Cancelled(attempt.RejectedOutcome!.StartTimestamp, rejected));
            }
        }
    }

    /// <summary>
    /// Sends once. Returns an outcome, or for a 503 the outcome to report if no retry is left
    /// (<see cref="Attempt.RejectedOutcome"/>).
    /// </summary>
    private async Task<Attempt> SendOnceAsync(
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        GenerationRequest request,
        IGenerationObserver observer,
        int rejected,
        CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(options.FirstByteTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var state = new OllamaStreamState(observer, () => timer.CancelAfter(options.IdleTimeout));
        var t0 = Stopwatch.GetTimestamp();

        HttpResponseMessage response;
        try
        {
            response = await send(linked.Token);
        }
        catch (Exception ex) when (OllamaOutcomes.Unwrap(ex) is OperationCanceledException or HttpRequestException)
        {
            return new Attempt(OllamaOutcomes.FromSendFailure(ex, t0, state, rejected, cancellationToken, options));
        }

        using (response)
        {
            t0 = RequestStartStampHandler.Read(response) ?? t0;

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                var error = await OllamaOutcomes.ReadErrorTextAsync(response, linked.Token);
                return new Attempt(null, OllamaOutcomes.Rejected(t0, rejected + 1, error, options.BaseUrl));
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = await OllamaOutcomes.ReadErrorTextAsync(response, linked.Token);
                return new Attempt(OllamaOutcomes.FromStatus(response.StatusCode, error, request.Model, t0, rejected, options.BaseUrl));
            }

            return new Attempt(await ReadStreamAsync(response, state, t0, rejected, timer, cancellationToken, linked.Token));
        }
    }

    private async Task<GenerationOutcome> ReadStreamAsync(
        HttpResponseMessage response,
        OllamaStreamState state,
        long t0,
        int rejected,
        CancellationTokenSource timer,
        CancellationToken callerToken,
        CancellationToken linkedToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(linkedToken);
            var end = await new NdjsonLineReader().ReadAsync(body, state, linkedToken);
            return OllamaOutcomes.FromStreamEnd(end, state, t0, rejected);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            if (callerToken.IsCancellationRequested)
            {
                return OllamaOutcomes.Partial(
                    GenerationStatus.Cancelled, ResultErrorKinds.Cancelled, "The generation was cancelled.", state, t0, rejected);
            }

            if (timer.IsCancellationRequested)
            {
                var limit = state.FirstByteTimestamp is null
                    ? $"no first byte within Ollama:FirstByteTimeout ({options.FirstByteTimeout})"
                    : $"no data for Ollama:IdleTimeout ({options.IdleTimeout})";
                return OllamaOutcomes.Partial(
                    GenerationStatus.TimedOut, ResultErrorKinds.Timeout, $"Ollama timed out: {limit}.", state, t0, rejected);
            }

            var broken = $"The connection to Ollama broke mid-stream: {ex.Message}";
            return OllamaOutcomes.Partial(GenerationStatus.Incomplete, ResultErrorKinds.Incomplete, broken, state, t0, rejected);
        }
    }

    /// <summary>
    /// Stores the time from the first send to the accepted attempt's t0 as the queue time: the busy
    /// rejections and the backoff between them delayed the send but are not part of the timings.
    /// </summary>
    private static GenerationOutcome WithQueueTime(GenerationOutcome outcome, long firstSend, int rejected) =>
        rejected == 0 ? outcome : outcome with { QueueTime = Stopwatch.GetElapsedTime(firstSend, outcome.StartTimestamp) };

    private GenerationOutcome Logged(GenerationRequest request, GenerationOutcome outcome)
    {
        if (outcome.Status != GenerationStatus.Completed)
        {
            OllamaLog.GenerationFailed(logger, request.Model, options.BaseUrl, outcome.Status.ToString(), outcome.ErrorKind, outcome.Error);
        }

        return outcome;
    }

    private sealed record Attempt(GenerationOutcome? Outcome, GenerationOutcome? RejectedOutcome = null);
}

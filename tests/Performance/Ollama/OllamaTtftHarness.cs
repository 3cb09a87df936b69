using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// Measures how far the backend's time to first token is from the truth, against a scripted server
/// that waits a known delay before its first chunk. Two errors are reported: against the nominal
/// delay, and against the delay the server observed between its handler start and its first write.
/// That delay is a difference of two readings of the server's own clock, so it removes the server
/// timer's lateness. With <c>--server-process</c> the server runs in a child process, so its thread
/// wake-ups no longer share the client's thread pool.
/// </summary>
internal static class OllamaTtftHarness
{
    public const string ServerProcessOption = "--server-process";

    /// <summary>Measures against <see cref="RawSocketTtftServer"/>, whose timestamps carry no server-side scheduling.</summary>
    public const string RawServerOption = "--raw-server";

    public static async Task<int> RunAsync(string[] options)
    {
        var separate = options.Contains(ServerProcessOption, StringComparer.Ordinal);
        var raw = options.Contains(RawServerOption, StringComparer.Ordinal);
        await using var server = await StartServerAsync(raw, separate);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ollama:BaseUrl"] = server.BaseUrl })
            .Build();
        await using var provider = new ServiceCollection().AddLogging().AddOllamaBackend(configuration).BuildServiceProvider();
        var backend = provider.GetRequiredService<IInferenceBackend>();
        await backend.WarmUpAsync(CancellationToken.None);

        var where = "in this process";
        if (raw)
        {
            where = "on raw sockets in this process";
        }
        else if (separate)
        {
            where = "in a child process";
        }

        var inline = Environment.GetEnvironmentVariable(ChildProcessTtftServer.InlineCompletionsVariable) == "1" ? "on" : "off";
        Console.WriteLine($"Scripted server {where}; first-token delay {TtftScript.FirstTokenDelay.TotalMilliseconds} ms; {Environment.ProcessorCount} logical cores");
        Console.WriteLine($"Client socket inline completions: {inline}; min worker threads {MinWorkerThreads()}");
        foreach (var (concurrency, rounds) in new[] { (1, 500), (32, 16) })
        {
            // One discarded round opens the connections a round of this width needs.
            await RunRoundAsync(backend, server, concurrency, "warm");
            var samples = new List<TtftSample>();
            for (var round = 0; round < rounds; round++)
            {
                samples.AddRange(await RunRoundAsync(backend, server, concurrency, $"r{round}"));
            }

            Report(concurrency, samples);
        }

        return 0;
    }

    private static async Task<ITtftServer> StartServerAsync(bool raw, bool separate)
    {
        if (raw)
        {
            return await RawSocketTtftServer.StartAsync();
        }

        return separate
            ? await ChildProcessTtftServer.StartAsync(CancellationToken.None)
            : await InProcessTtftServer.StartAsync(CancellationToken.None);
    }

    private static int MinWorkerThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out _);
        return workers;
    }

    private static void Report(int concurrency, List<TtftSample> samples)
    {
        Console.WriteLine($"{concurrency} stream(s): measured TTFT            {Percentiles.Summary(samples.Select(s => s.TtftMs))}");
        Console.WriteLine($"{concurrency} stream(s): error vs nominal delay   {Percentiles.Summary(samples.Select(s => s.TtftMs - TtftScript.FirstTokenDelay.TotalMilliseconds))}");
        Console.WriteLine($"{concurrency} stream(s): error vs server-observed {Percentiles.Summary(samples.Select(s => s.TtftMs - s.ServerDelayMs))}");

        // The split compares the two processes' Stopwatch readings directly. That holds on Linux,
        // where Stopwatch reads CLOCK_MONOTONIC, one clock for the whole machine.
        Console.WriteLine($"{concurrency} stream(s):   of which t0 to server handler    {Percentiles.Summary(samples.Select(s => s.SendMs))}");
        Console.WriteLine($"{concurrency} stream(s):   of which server write to chunk   {Percentiles.Summary(samples.Select(s => s.ReceiveMs))}");
    }

    private static async Task<List<TtftSample>> RunRoundAsync(IInferenceBackend backend, ITtftServer server, int concurrency, string round)
    {
        var prompts = Enumerable.Range(0, concurrency).Select(i => $"ttft {round} {i}").ToList();
        var outcomes = await Task.WhenAll(prompts.Select(prompt =>
            backend.GenerateAsync(new GenerationRequest(TtftScript.Model, prompt, new GenerationParameters()), NullGenerationObserver.Instance, CancellationToken.None)));

        var records = await server.ChatRecordsAsync(CancellationToken.None);
        var samples = new List<TtftSample>();
        for (var i = 0; i < prompts.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Status != GenerationStatus.Completed)
            {
                throw new InvalidOperationException($"Generation failed: {outcome.ErrorKind} {outcome.Error}");
            }

            var marker = $"\"{prompts[i]}\"";
            var record = records.Last(request => request.Body.Contains(marker, StringComparison.Ordinal));
            samples.Add(new TtftSample(
                Stopwatch.GetElapsedTime(outcome.StartTimestamp, outcome.Chunks[0].Timestamp).TotalMilliseconds,
                Stopwatch.GetElapsedTime(record.ReceivedTimestamp, record.FirstWriteTimestamp).TotalMilliseconds,
                Stopwatch.GetElapsedTime(outcome.StartTimestamp, record.ReceivedTimestamp).TotalMilliseconds,
                Stopwatch.GetElapsedTime(record.FirstWriteTimestamp, outcome.Chunks[0].Timestamp).TotalMilliseconds));
        }

        return samples;
    }

    private readonly record struct TtftSample(double TtftMs, double ServerDelayMs, double SendMs, double ReceiveMs);
}

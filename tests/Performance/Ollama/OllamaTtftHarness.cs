using System.Diagnostics;
using System.Runtime;
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

    private const int QuietRounds = 50;

    private const int MaxWarmUpRounds = 2000;

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
            var warmUp = await WarmUpAsync(backend, server, concurrency);
            Console.WriteLine($"{concurrency} stream(s): {warmUp.Rounds} warm-up rounds, {warmUp.Compiled} methods compiled in them");
            if (!warmUp.Quiet)
            {
                Console.WriteLine($"{concurrency} stream(s): WARNING: the JIT still compiled after {MaxWarmUpRounds} warm-up rounds, so the set below is not past the warm-up phase");
            }

            Console.WriteLine($"{concurrency} stream(s): error during warm-up  {Percentiles.Summary(warmUp.Samples.Select(s => s.ErrorMs))}");

            // Start-up and warm-up garbage would make the first collection in the measured window a
            // long one. A service that has run for a while collected that garbage long ago.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var pauseBefore = GC.GetTotalPauseDuration();
            var samples = new List<TtftSample>();
            for (var round = 0; round < rounds; round++)
            {
                samples.AddRange(await RunRoundAsync(backend, server, concurrency, $"r{round}"));
            }

            Report(concurrency, samples);
            Console.WriteLine($"{concurrency} stream(s): collector pauses during the set {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F3} ms ({(GCSettings.IsServerGC ? "server" : "workstation")} collector)");
        }

        return 0;
    }

    /// <summary>
    /// Runs warm-up rounds until the JIT has compiled nothing for <see cref="QuietRounds"/> rounds in
    /// a row or <see cref="MaxWarmUpRounds"/> have run. Returns their samples, kept apart from the
    /// measured ones, and whether the JIT went quiet. Tiered compilation recompiles hot methods on a
    /// background thread for the first few hundred requests. On two cores that thread delays the
    /// read wake-ups of the rounds it overlaps, by 1 to 3 ms in the runs in docs/benchmarks.md. The
    /// measured sets describe a client past that phase.
    /// </summary>
    private static async Task<(int Rounds, long Compiled, bool Quiet, List<TtftSample> Samples)> WarmUpAsync(IInferenceBackend backend, ITtftServer server, int concurrency)
    {
        var start = JitInfo.GetCompiledMethodCount();
        var samples = new List<TtftSample>();
        var quiet = 0;
        var rounds = 0;
        while (quiet < QuietRounds && rounds < MaxWarmUpRounds)
        {
            var before = JitInfo.GetCompiledMethodCount();
            samples.AddRange(await RunRoundAsync(backend, server, concurrency, $"warm{rounds}"));
            quiet = JitInfo.GetCompiledMethodCount() == before ? quiet + 1 : 0;
            rounds++;
        }

        return (rounds, JitInfo.GetCompiledMethodCount() - start, quiet >= QuietRounds, samples);
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
        Console.WriteLine($"{concurrency} stream(s): error vs server-observed {Percentiles.Summary(samples.Select(s => s.ErrorMs))}");

        // The split compares the two processes' Stopwatch readings directly. That holds on Linux,
        // where Stopwatch reads CLOCK_MONOTONIC, one clock for the whole machine.
        Console.WriteLine($"{concurrency} stream(s):   of which t0 to server handler    {Percentiles.Summary(samples.Select(s => s.SendMs))}");
        Console.WriteLine($"{concurrency} stream(s):   of which server write to chunk   {Percentiles.Summary(samples.Select(s => s.ReceiveMs))}");

        // A collection pauses every stream of its round at once, so at 32 streams one collection
        // affects 32 samples: more than the 1 % a p99 leaves out.
        Console.WriteLine($"{concurrency} stream(s): samples whose round had a gen0+ collection {samples.Count(s => s.Collected)}, JIT compilation {samples.Count(s => s.Jitted)} (this process)");
        var worst = samples.OrderByDescending(s => s.ErrorMs).Take(5).Select(s => $"{s.ErrorMs:F3}{(s.Collected ? " gc" : string.Empty)}{(s.Jitted ? " jit" : string.Empty)}");
        Console.WriteLine($"{concurrency} stream(s): five worst errors (ms) {string.Join(", ", worst)}");
    }

    private static async Task<List<TtftSample>> RunRoundAsync(IInferenceBackend backend, ITtftServer server, int concurrency, string round)
    {
        var prompts = Enumerable.Range(0, concurrency).Select(i => $"ttft {round} {i}").ToList();
        var collections = GC.CollectionCount(0);
        var compiled = JitInfo.GetCompiledMethodCount();
        var outcomes = await Task.WhenAll(prompts.Select(prompt =>
            backend.GenerateAsync(new GenerationRequest(TtftScript.Model, prompt, new GenerationParameters()), NullGenerationObserver.Instance, CancellationToken.None)));

        var collected = GC.CollectionCount(0) != collections;
        var jitted = JitInfo.GetCompiledMethodCount() != compiled;

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
                Stopwatch.GetElapsedTime(record.FirstWriteTimestamp, outcome.Chunks[0].Timestamp).TotalMilliseconds,
                collected,
                jitted));
        }

        return samples;
    }

    /// <summary>One stream's timings, and whether a collection or a JIT compilation ran in its round (this process only).</summary>
    private readonly record struct TtftSample(double TtftMs, double ServerDelayMs, double SendMs, double ReceiveMs, bool Collected, bool Jitted)
    {
        public double ErrorMs => TtftMs - ServerDelayMs;
    }
}

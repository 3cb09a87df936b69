using System.Diagnostics;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Ollama;
using Benchmarker.TestSupport.ScriptedOllama;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Performance.Ollama;

/// <summary>
/// Measures how far the backend's time to first token is from the truth, against a scripted server
/// in the same process that waits a known delay before its first chunk. Two errors are reported:
/// against the nominal delay, and against the delay the server itself observed between receiving
/// the request and writing the first chunk (which removes the server timer's own lateness).
/// </summary>
internal static class OllamaTtftHarness
{
    private const string Model = "ttft:latest";
    private static readonly TimeSpan FirstTokenDelay = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync()
    {
        await using var server = await ScriptedOllamaServer.StartAsync();
        server.AddModel(Model, model => model.FirstByteDelay = FirstTokenDelay).WithChunks("Blue", " light", " scatters");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ollama:BaseUrl"] = server.BaseUrl })
            .Build();
        await using var provider = new ServiceCollection().AddLogging().AddOllamaBackend(configuration).BuildServiceProvider();
        var backend = provider.GetRequiredService<IInferenceBackend>();
        await backend.WarmUpAsync(CancellationToken.None);

        Console.WriteLine($"Scripted first-token delay: {FirstTokenDelay.TotalMilliseconds} ms; {Environment.ProcessorCount} logical cores");
        foreach (var (concurrency, rounds) in new[] { (1, 500), (32, 16) })
        {
            // One discarded round opens the connections a round of this width needs.
            await RunRoundAsync(backend, server, concurrency, "warm");
            var samples = new List<Sample>();
            for (var round = 0; round < rounds; round++)
            {
                samples.AddRange(await RunRoundAsync(backend, server, concurrency, $"r{round}"));
            }

            Console.WriteLine($"{concurrency} stream(s): measured TTFT            {Percentiles.Summary(samples.Select(s => s.TtftMs))}");
            Console.WriteLine($"{concurrency} stream(s): error vs nominal delay   {Percentiles.Summary(samples.Select(s => s.TtftMs - FirstTokenDelay.TotalMilliseconds))}");
            Console.WriteLine($"{concurrency} stream(s): error vs server-observed {Percentiles.Summary(samples.Select(s => s.TtftMs - s.ServerDelayMs))}");
            Console.WriteLine($"{concurrency} stream(s):   of which t0 to server handler    {Percentiles.Summary(samples.Select(s => s.SendMs))}");
            Console.WriteLine($"{concurrency} stream(s):   of which server write to chunk   {Percentiles.Summary(samples.Select(s => s.ReceiveMs))}");
        }

        return 0;
    }

    private static async Task<List<Sample>> RunRoundAsync(IInferenceBackend backend, ScriptedOllamaServer server, int concurrency, string round)
    {
        var prompts = Enumerable.Range(0, concurrency).Select(i => $"ttft {round} {i}").ToList();
        var outcomes = await Task.WhenAll(prompts.Select(prompt =>
            backend.GenerateAsync(new GenerationRequest(Model, prompt, new GenerationParameters()), NullGenerationObserver.Instance, CancellationToken.None)));

        var records = server.RequestsTo("/api/chat");
        var samples = new List<Sample>();
        for (var i = 0; i < prompts.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome.Status != GenerationStatus.Completed)
            {
                throw new InvalidOperationException($"Generation failed: {outcome.ErrorKind} {outcome.Error}");
            }

            var marker = $"\"{prompts[i]}\"";
            var record = records.Last(request => request.Body.Contains(marker, StringComparison.Ordinal));
            var ttft = Stopwatch.GetElapsedTime(outcome.StartTimestamp, outcome.Chunks[0].Timestamp).TotalMilliseconds;
            var serverDelay = Stopwatch.GetElapsedTime(record.ReceivedTimestamp, record.FirstWriteTimestamp!.Value).TotalMilliseconds;
            var send = Stopwatch.GetElapsedTime(outcome.StartTimestamp, record.ReceivedTimestamp).TotalMilliseconds;
            var receive = Stopwatch.GetElapsedTime(record.FirstWriteTimestamp.Value, outcome.Chunks[0].Timestamp).TotalMilliseconds;
            samples.Add(new Sample(ttft, serverDelay, send, receive));
        }

        return samples;
    }

    private readonly record struct Sample(double TtftMs, double ServerDelayMs, double SendMs, double ReceiveMs);
}

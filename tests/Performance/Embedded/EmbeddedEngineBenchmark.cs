using System.Diagnostics;
using System.Globalization;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Performance.Embedded;

/// <summary>
/// Measures the embedded engine on the generated demo model: one cold generation (load included),
/// then warm repetitions, sequential and two at a time. Usage: <c>embedded [repetitions] [num_predict]</c>.
/// Prints a Markdown table for docs/benchmarks.md.
/// </summary>
internal static class EmbeddedEngineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var numPredict = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 128;
        var directory = Directory.CreateTempSubdirectory("embedded-benchmark-");

        try
        {
            var options = Options.Create(new EmbeddedEngineOptions { ModelsDirectory = directory.FullName });
            using var backend = new EmbeddedLlamaBackend(options, TimeProvider.System, NullLogger<EmbeddedLlamaBackend>.Instance);
            var model = (await backend.ListModelsAsync(CancellationToken.None))[0].Name;
            await backend.WarmUpAsync(CancellationToken.None);

            var request = new GenerationRequest(model, "why is the sky blue", new GenerationParameters { NumPredict = numPredict, Seed = 1, Temperature = 0.8 });
            var cold = Measure(await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None));

            var warm = new List<RunFigures>();
            for (var i = 0; i < repetitions; i++)
            {
                warm.Add(Measure(await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None)));
            }

            var pairStart = Stopwatch.GetTimestamp();
            var pair = await Task.WhenAll(
                backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None),
                backend.GenerateAsync(request with { Parameters = request.Parameters with { Seed = 2 } }, NullGenerationObserver.Instance, CancellationToken.None));
            var pairSeconds = Stopwatch.GetElapsedTime(pairStart).TotalSeconds;

            Print(model, numPredict, cold, warm, pair.Sum(outcome => outcome.Stats?.EvalCount ?? 0) / pairSeconds);
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static RunFigures Measure(GenerationOutcome outcome)
    {
        if (outcome.Status != GenerationStatus.Completed || outcome.Stats is not { EvalCount: > 1 } stats || outcome.Chunks.Count < 2)
        {
            throw new InvalidOperationException($"The benchmark generation did not complete: {outcome.Status} {outcome.Error}");
        }

        var firstToken = Stopwatch.GetElapsedTime(outcome.StartTimestamp, outcome.Chunks[0].Timestamp).TotalSeconds;
        var decode = Stopwatch.GetElapsedTime(outcome.Chunks[0].Timestamp, outcome.Chunks[^1].Timestamp).TotalSeconds;
        return new RunFigures(
            stats.LoadDuration ?? 0,
            stats.PromptEvalDuration ?? 0,
            firstToken,
            stats.EvalCount.Value / stats.EvalDuration!.Value,
            (stats.EvalCount.Value - 1) / decode,
            Stopwatch.GetElapsedTime(outcome.StartTimestamp, outcome.EndTimestamp!.Value).TotalSeconds,
            stats.PromptEvalCount ?? 0);
    }

    private static void Print(string model, int numPredict, RunFigures cold, List<RunFigures> warm, double pairRate)
    {
        static string Ms(double seconds) => (seconds * 1000).ToString("0.00", CultureInfo.InvariantCulture) + " ms";
        static string Rate(double rate) => rate.ToString("0", CultureInfo.InvariantCulture) + " tokens/s";
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);

        Console.WriteLine($"Model {model}, num_predict {numPredict}, prompt {cold.PromptTokens} tokens, {warm.Count} warm repetitions, {Environment.ProcessorCount} logical cores.");
        Console.WriteLine();
        Console.WriteLine("| figure | cold (first generation) | warm median | warm min | warm max |");
        Console.WriteLine("|---|---|---|---|---|");
        Row("load_duration", cold.Load, warm.Select(run => run.Load), Ms);
        Row("prompt_eval_duration", cold.Prefill, warm.Select(run => run.Prefill), Ms);
        Row("time_to_first_token", cold.FirstToken, warm.Select(run => run.FirstToken), Ms);
        Row("tokens_per_second (eval_count / eval_duration)", cold.ServerRate, warm.Select(run => run.ServerRate), Rate);
        Row("client_tokens_per_second", cold.ClientRate, warm.Select(run => run.ClientRate), Rate);
        Row("total_time", cold.Total, warm.Select(run => run.Total), Ms);
        Console.WriteLine();
        Console.WriteLine($"Two generations at once: {Rate(pairRate)} combined (sequential warm median: {Rate(Median(warm.Select(run => run.ServerRate)))}).");

        void Row(string name, double coldValue, IEnumerable<double> values, Func<double, string> format)
        {
            var list = values.ToList();
            Console.WriteLine($"| {name} | {format(coldValue)} | {format(Median(list))} | {format(list.Min())} | {format(list.Max())} |");
        }
    }

    private sealed record RunFigures(double Load, double Prefill, double FirstToken, double ServerRate, double ClientRate, double Total, int PromptTokens);
}

using Benchmarker.Performance.Sampling;
using Benchmarker.Performance.Storage;

// Each harness is chosen by the first argument, for example: dotnet run -c Release --project tests/Performance -- history
return args.FirstOrDefault() switch
{
    "history" => await HistoryBenchmark.RunAsync(args[1..]),
    "sampler" => await SamplerOverheadBenchmark.RunAsync(args[1..]),
    "sampler-parts" => SamplerPartsBenchmark.Run(),
    _ => PrintUsage(),
};

static int PrintUsage()
{
    Console.WriteLine("Usage: Benchmarker.Performance <harness> [options]");
    Console.WriteLine("  history [runs]      history page p95 and index build time over generated runs (default 100000)");
    Console.WriteLine("  sampler [seconds]   CPU used by the system sampler at 250 ms (default 20 s)");
    Console.WriteLine("  sampler-parts       CPU cost of each step of one sample");
    return 2;
}

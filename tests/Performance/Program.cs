using Benchmarker.Performance.Embedded;
using Benchmarker.Performance.Ollama;
using Benchmarker.Performance.Sampling;
using Benchmarker.Performance.Storage;

// Each harness is one entry: `dotnet run -c Release --project tests/Performance -- <name> [options]`.
var name = args.Length > 0 ? args[0] : string.Empty;
var options = args.Length > 0 ? args[1..] : [];
switch (name)
{
    case "ollama-ttft":
        return await OllamaTtftHarness.RunAsync(options);
    case ScriptedServerHost.Argument:
        return await ScriptedServerHost.RunAsync();
    case "parse":
        return StreamParseThroughput.Run();
    case "embedded":
        return await EmbeddedEngineBenchmark.RunAsync(options);
    case "history":
        return await HistoryBenchmark.RunAsync(options);
    case "service-start":
        return await ServiceStartBenchmark.RunAsync(options);
    case "store-start":
        return StoreStartBenchmark.Run(options);
    case "sampler":
        return await SamplerOverheadBenchmark.RunAsync(options);
    case "sampler-parts":
        return SamplerPartsBenchmark.Run();
    case "generate-runs" when options.Length is 1 or 2:
        var count = options.Length == 2 ? int.Parse(options[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        Console.WriteLine($"wrote {count} runs, {GeneratedRuns.Write(options[0], count) / 1048576.0:F0} MiB, to {Path.GetFullPath(options[0])}");
        return 0;
    default:
        Console.WriteLine("Usage: dotnet run -c Release --project tests/Performance -- <harness> [options]");
        Console.WriteLine("  ollama-ttft [--server-process | --raw-server]");
        Console.WriteLine("                     time-to-first-token error against a scripted Ollama server (1 and 32 streams),");
        Console.WriteLine("                     in this process, in a child process, or on raw sockets without Kestrel");
        Console.WriteLine("  parse              Ollama stream parsing throughput on one thread, in chunks per second");
        Console.WriteLine("  embedded           demo model load, time to first token and tokens per second in the embedded engine");
        Console.WriteLine("  history [runs]     history page p95 and index build time over generated runs (default 100000)");
        Console.WriteLine("  store-start <run directory> [tries] [--parts]");
        Console.WriteLine("                     seconds for the JSON store to start without index.json on a directory of runs,");
        Console.WriteLine("                     and with --parts the seconds of each step on one thread");
        Console.WriteLine("  service-start <Benchmarker.WebApi.dll> <run directory> [tries] [--keep-index]");
        Console.WriteLine("                     seconds from starting the service to /health/live and the first history page");
        Console.WriteLine("  sampler [seconds]  CPU used by the system sampler at 250 ms (default 20 s)");
        Console.WriteLine("  sampler-parts      CPU cost of each step of one sample");
        Console.WriteLine("  generate-runs <directory> [runs]");
        Console.WriteLine("                     writes the history harness's runs (default 100000) to a directory, to start the service on");
        Console.WriteLine("Results go to docs/benchmarks.md.");
        return name.Length == 0 ? 0 : 2;
}

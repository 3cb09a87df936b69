using Benchmarker.Performance.Embedded;
using Benchmarker.Performance.Ollama;

// Each harness is one entry: `dotnet run -c Release --project tests/Performance -- <name>`.
var name = args.Length > 0 ? args[0] : string.Empty;
switch (name)
{
    case "ollama-ttft":
        return await OllamaTtftHarness.RunAsync();
    case "parse":
        return StreamParseThroughput.Run();
    case "embedded":
        return await EmbeddedEngineBenchmark.RunAsync(args[1..]);
    default:
        Console.WriteLine("Usage: dotnet run -c Release --project tests/Performance -- <harness>");
        Console.WriteLine("  ollama-ttft  time-to-first-token error against a scripted Ollama server (1 and 32 streams)");
        Console.WriteLine("  parse        Ollama stream parsing throughput on one thread, in chunks per second");
        Console.WriteLine("  embedded     demo model load, time to first token and tokens per second in the embedded engine");
        Console.WriteLine("Results go to docs/benchmarks.md.");
        return name.Length == 0 ? 0 : 2;
}

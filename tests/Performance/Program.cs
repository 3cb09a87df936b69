using Benchmarker.Performance.Embedded;

if (args.Length > 0 && args[0] == "embedded")
{
    return await EmbeddedEngineBenchmark.RunAsync(args[1..]);
}

Console.WriteLine("Performance harness: see docs/benchmarks.md.");
return 0;

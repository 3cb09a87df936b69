Console.WriteLine("Performance harness: see docs/benchmarks.md.");

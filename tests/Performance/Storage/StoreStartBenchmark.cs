using System.Diagnostics;
using System.Globalization;
using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Index;
using Benchmarker.Infrastructure.Persistence.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Performance.Storage;

/// <summary>
/// Times starts of the JSON store without index.json on an existing directory of runs (written by
/// <c>generate-runs</c>), with CPU time, collections and machine counters for each. With
/// <c>--parts</c> it then times each step of such a start on one thread, twice, so the first round
/// includes compiling the code and the second does not.
/// </summary>
internal static class StoreStartBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.WriteLine("Usage: store-start <run directory> [tries] [--parts]");
            return 2;
        }

        var directory = Path.GetFullPath(args[0]);
        var tries = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        for (var attempt = 1; attempt <= tries; attempt++)
        {
            File.Delete(Path.Combine(directory, "index.json"));
            MachineCounters.WarmPageCache(directory);
            FileSystemFlush.Run();
            if (!MachineCounters.WaitForIdleCpu(TimeSpan.FromMinutes(5)))
            {
                Console.WriteLine("other processes kept the CPUs busy for 5 minutes; timing anyway");
            }

            var before = MachineCounters.Read();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var seconds = TimeStart(directory);
            Console.WriteLine(
                $"store start, no index.json, try {attempt}: {seconds:F2} s, CPU {(Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds:F2} s, "
                + $"{GC.CollectionCount(0) - collections} collections ({(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s paused); "
                + $"{MachineCounters.Read().Since(before)}, load average {MachineCounters.LoadAverage()}");
        }

        if (args.Contains("--parts"))
        {
            TimeParts(directory);
        }

        return 0;
    }

    /// <summary>Seconds from opening the store to its first history page, as the service's warm-up requests it.</summary>
    private static double TimeStart(string directory)
    {
        var clock = Stopwatch.StartNew();
        using var store = new JsonFileBenchmarkRunRepository(
            Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = directory } }),
            NullLogger<JsonFileBenchmarkRunRepository>.Instance);
        store.QueryAsync(new HistoryFilter { Limit = 1 }, CancellationToken.None).GetAwaiter().GetResult();
        return clock.Elapsed.TotalSeconds;
    }

    private static void TimeParts(string directory)
    {
        var files = RunFileEntry.ListNames(directory);
        var (contents, offsets) = LoadAll(directory, files);
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"steps on one thread, round {round}, load average {MachineCounters.LoadAverage()}");
            Time("list names", () => RunFileEntry.ListNames(directory));
            Time("list names with length and write time", () => RunFileEntry.List(directory));
            Time("read every file, File.OpenHandle", () => ReadAll(directory, files, linuxCalls: false));
            Time("read every file, Linux calls", () => ReadAll(directory, files, linuxCalls: true));
            Time("scan every file in memory", () => Enumerable.Range(0, files.Count).Count(i => RunSummaryScanner.TryScan(contents.AsSpan(offsets[i]..offsets[i + 1])) is not null));
            var entries = Time("scan and make index entries", () => Enumerable.Range(0, files.Count)
                .Select(i => RunIndexEntry.From(RunSummaryScanner.TryScan(contents.AsSpan(offsets[i]..offsets[i + 1]))!, files[i].FileName, offsets[i + 1] - offsets[i], 0))
                .ToList());
            var byId = Time("key entries by id", () =>
            {
                var newest = new NewestEntryById(entries.Count, NullLogger.Instance);
                entries.ForEach(newest.Add);
                return newest.Entries;
            });
            Time("sort newest first and make the view", () => new RunIndex(byId).Sorted(HistorySortField.Timestamp, descending: true));
        }
    }

    /// <summary>Total bytes of every file, read through one reused buffer and kept nowhere.</summary>
    private static long ReadAll(string directory, List<RunFileEntry> files, bool linuxCalls)
    {
        using var buffer = new RunFileBuffer(directory, linuxCalls);
        return files.Sum(file => (long)buffer.Read(file.FileName, file.Length, out _).Length);
    }

    /// <summary>Every file in one array, so the scan step reads memory and the collector has no 100,000 arrays to move.</summary>
    private static (byte[] Contents, int[] Offsets) LoadAll(string directory, List<RunFileEntry> files)
    {
        using var buffer = new RunFileBuffer(directory);
        var offsets = new int[files.Count + 1];
        using var all = new MemoryStream();
        for (var i = 0; i < files.Count; i++)
        {
            offsets[i] = (int)all.Length;
            all.Write(buffer.Read(files[i].FileName, files[i].Length, out _));
        }

        offsets[^1] = (int)all.Length;
        return (all.ToArray(), offsets);
    }

    private static T Time<T>(string step, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"  {step,-42} {clock.Elapsed.TotalSeconds:F3} s");
        return result;
    }
}

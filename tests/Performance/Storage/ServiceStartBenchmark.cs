using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Benchmarker.Performance.Storage;

/// <summary>
/// Times the service as a user meets it: from starting its process to the first 200 response of
/// <c>/health/live</c> and of the first history page, on a directory of runs written by
/// <c>generate-runs</c>. Each try deletes index.json first unless <c>--keep-index</c> is given, reads
/// every file once so the start finds them in the page cache, flushes dirty pages to disk and waits
/// for idle CPUs. The service is started with an argument list, never through a shell.
/// </summary>
internal static class ServiceStartBenchmark
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("Usage: service-start <path of Benchmarker.WebApi.dll> <run directory> [tries] [--keep-index]");
            return 2;
        }

        var serviceDll = Path.GetFullPath(args[0]);
        var runDirectory = Path.GetFullPath(args[1]);
        var tries = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var keepIndex = args.Contains("--keep-index");

        for (var attempt = 1; attempt <= tries; attempt++)
        {
            if (!keepIndex)
            {
                File.Delete(Path.Combine(runDirectory, "index.json"));
            }

            MachineCounters.WarmPageCache(runDirectory);
            FileSystemFlush.Run();
            if (!MachineCounters.WaitForIdleCpu(TimeSpan.FromMinutes(5)))
            {
                Console.WriteLine("other processes kept the CPUs busy for 5 minutes; timing anyway");
            }

            var before = MachineCounters.Read();
            var (live, history, cpu, atFirstPage, total) = await TimeOneStartAsync(serviceDll, runDirectory);
            Console.WriteLine(
                $"try {attempt} ({(keepIndex ? "index.json kept" : "no index.json")}): /health/live {live:F2} s, first history page {history:F2} s ({total} runs), "
                + $"service CPU time by then {cpu:F2} s; {atFirstPage.Since(before)}, load average {MachineCounters.LoadAverage()}");
        }

        return 0;
    }

    private static async Task<(double Live, double History, double CpuSeconds, MachineCounters AtFirstPage, string Total)> TimeOneStartAsync(string serviceDll, string runDirectory)
    {
        var port = FreePort();
        var workDirectory = Path.Combine(Path.GetTempPath(), "service-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Storage__Json__Directory"] = runDirectory,
                ["Storage__OutboxDirectory"] = Path.Combine(workDirectory, "outbox"),
                ["Engines__Embedded__ModelsDirectory"] = Path.Combine(workDirectory, "models"),
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        start.ArgumentList.Add(serviceDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        using var service = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Standard output is read and dropped, so a full pipe never blocks the service; errors are shown.
        service.OutputDataReceived += (_, _) => { };
        service.ErrorDataReceived += (_, line) => Console.Error.WriteLine(line.Data);
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();

        try
        {
            var live = await PollAsync(client, "/health/live", clock, service);
            var history = await PollAsync(client, "/api/benchmarks/history?limit=50", clock, service);
            var cpu = ProcessCpuSeconds(service.Id);
            var counters = MachineCounters.Read();
            var body = await client.GetStringAsync("/api/benchmarks/history?limit=1");
            return (live, history, cpu, counters, TotalOf(body));
        }
        finally
        {
            await StopAsync(service);
            Directory.Delete(workDirectory, recursive: true);
        }
    }

    /// <summary>Seconds from process start to the first 200 of <paramref name="path"/>, polled every 20 ms.</summary>
    private static async Task<double> PollAsync(HttpClient client, string path, Stopwatch clock, Process service)
    {
        while (clock.Elapsed < StartTimeout)
        {
            if (service.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {service.ExitCode} before {path} returned 200.");
            }

            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed.TotalSeconds;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }

            await Task.Delay(PollInterval);
        }

        throw new TimeoutException($"{path} did not return 200 within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>Stops the service with SIGTERM, so it shuts down as in production and writes index.json if it must.</summary>
    private static async Task StopAsync(Process service)
    {
        if (!service.HasExited)
        {
            ProcessSignal.Terminate(service.Id);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await service.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            service.Kill(entireProcessTree: true);
        }
    }

    /// <summary>User plus system CPU time of a process, from /proc/[pid]/stat (fields 14 and 15, in clock ticks of 10 ms).</summary>
    private static double ProcessCpuSeconds(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return double.NaN;
        }

        // The command name in brackets may contain spaces, so the fields are counted after its closing bracket.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string TotalOf(string historyJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(historyJson);
        return document.RootElement.GetProperty("total").GetRawText();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

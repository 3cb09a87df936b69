using Benchmarker.Application.Common.Exceptions;

namespace Benchmarker.WebApi.Import;

/// <summary>
/// The <c>import &lt;files or folders&gt;... [--Key=value ...]</c> command line: stores the run
/// documents of the files in the configured store through the same use case as
/// <c>POST /api/benchmarks/import</c>, without starting the web server. Settings before or after the
/// paths override configuration as they do for the web host, for example <c>--Storage:Provider=Mongo</c>.
/// Exits with 0 when no document was rejected, 1 when one was or the store failed, and 2 for a usage
/// or configuration error (no path, a missing path, no .json file, an invalid setting).
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    private const string Usage = "Usage: import <file or folder>... [--Storage:Provider=Json|Mongo] [--Storage:Json:Directory=<path>]";

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || !string.Equals(args[0], Name, StringComparison.Ordinal))
        {
            return false;
        }

        var (paths, settings) = SplitArguments(args.Skip(1).ToList());
        exitCode = CheckPaths(paths, output) ?? Run(paths, settings, output);
        return true;
    }

    /// <summary>
    /// Separates settings from paths. A setting starts with "--" and is "--Key=value", or "--Key value"
    /// with the value as the next argument, as the .NET command-line configuration provider reads it.
    /// </summary>
    private static (List<string> Paths, string[] Settings) SplitArguments(List<string> args)
    {
        var paths = new List<string>();
        var settings = new List<string>();

        for (var position = 0; position < args.Count; position++)
        {
            var arg = args[position];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && position + 1 < args.Count)
            {
                settings.Add(args[++position]);
            }
        }

        return (paths, [.. settings]);
    }

    /// <summary>Writes the usage error and returns 2 when there is no path or one does not exist; otherwise null.</summary>
    private static int? CheckPaths(List<string> paths, TextWriter output)
    {
        if (paths.Count == 0)
        {
            output.WriteLine($"No file or folder to import. {Usage}");
            return 2;
        }

        var missing = paths.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        foreach (var path in missing)
        {
            output.WriteLine($"File or folder not found: {Path.GetFullPath(path)}. Check the path and run the import again.");
        }

        return 2;
    }

    private static int Run(List<string> paths, string[] settings, TextWriter output)
    {
        var sources = new ImportSources();
        foreach (var file in ImportSources.ExpandFiles(paths))
        {
            sources.Add(file);
        }

        if (sources.FileCount == 0)
        {
            output.WriteLine("No .json file found in the given folders (sub-folders are not read). Name the files or the folder that contains them.");
            return 2;
        }

        WebApplication app;
        try
        {
            app = ImportRunner.CreateHost(settings);
        }
        catch (InvalidOperationException error)
        {
            output.WriteLine($"Invalid configuration, nothing was imported: {error.Message}");
            return 2;
        }

        try
        {
            return ImportRunner.RunAsync(app, sources, output, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception error) when (StartupValidationFailures.Find(error) is { } failures)
        {
            output.WriteLine($"Invalid configuration, nothing was imported: {string.Join(" ", failures)}");
            return 2;
        }
        catch (StorageUnavailableException error)
        {
            output.WriteLine($"The store is unavailable, so the import stopped: {error.Message} Runs imported before it stay stored; run the import again when the store is reachable.");
            return 1;
        }
        finally
        {
            // Disposing the host saves the JSON store's index, so the next start reads one file.
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

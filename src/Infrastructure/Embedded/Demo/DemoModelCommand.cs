using System.Globalization;
using System.Security.Cryptography;

namespace Benchmarker.Infrastructure.Embedded.Demo;

/// <summary>
/// The <c>create-demo-model [path]</c> command line of the host, run before the web host is built:
/// it writes the demo model and prints its path, size and SHA-256.
/// </summary>
public static class DemoModelCommand
{
    public const string Name = "create-demo-model";

    public static readonly string DefaultPath = Path.Combine("models", DemoModelGenerator.DefaultFileName);

    /// <summary>Runs the command when <paramref name="args"/> starts with its name; returns false otherwise.</summary>
    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        exitCode = 0;
        if (args.Length == 0 || !string.Equals(args[0], Name, StringComparison.Ordinal))
        {
            return false;
        }

        if (args.Length > 2)
        {
            output.WriteLine($"Usage: {Name} [path]   (default path: {DefaultPath})");
            exitCode = 2;
            return true;
        }

        var path = Path.GetFullPath(args.Length == 2 ? args[1] : DefaultPath);
        try
        {
            AtomicFile.Write(path, stream => DemoModelGenerator.Write(stream));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"Failed to write the demo model to '{path}': {exception.Message}");
            exitCode = 1;
            return true;
        }

        output.WriteLine($"Wrote {path}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Size: {new FileInfo(path).Length} bytes"));
        output.WriteLine($"SHA-256: {Sha256(path)}");
        return true;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

using System.Text.Json;
using Benchmarker.Infrastructure.Serialization;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// Writes a JSON file so that a crash leaves either the old file or the new one, never half of
/// one: a temporary file in the same directory, flushed to disk, then renamed over the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Temporary files start with '.' and end with this suffix; the stores skip and delete them.</summary>
    public const string TempSuffix = ".tmp";

    public static async Task WriteJsonAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var tempPath = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");

        try
        {
            await using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await JsonSerializer.SerializeAsync(stream, value, BenchmarkerJson.Options, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(tempPath, path, overwrite: true);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>Deletes temporary files left by writes that never finished.</summary>
    public static int DeleteLeftovers(string directory)
    {
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*" + TempSuffix))
        {
            if (Path.GetFileName(path).StartsWith('.') && TryDelete(path))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

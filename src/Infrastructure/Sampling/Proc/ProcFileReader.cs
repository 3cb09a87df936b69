using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Benchmarker.Infrastructure.Sampling.Proc;

/// <summary>
/// Reads small /proc files into reused buffers, so a sample allocates almost nothing. Not thread-safe:
/// one reader per sampling loop.
/// </summary>
internal sealed class ProcFileReader
{
    private byte[] bytes = new byte[16 * 1024];

    private char[] chars = new char[16 * 1024];

    /// <summary>The file's text, valid until the next read, or empty when the file cannot be read (a process that exited).</summary>
    public ReadOnlySpan<char> Read(string path)
    {
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            var length = 0;
            while (true)
            {
                var read = RandomAccess.Read(handle, bytes.AsSpan(length), length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length == bytes.Length)
                {
                    Array.Resize(ref bytes, bytes.Length * 2);
                }
            }

            if (chars.Length < length)
            {
                chars = new char[bytes.Length];
            }

            var count = Encoding.ASCII.GetChars(bytes, 0, length, chars, 0);
            return chars.AsSpan(0, count);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

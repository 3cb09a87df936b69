using System.Buffers;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// One rented byte buffer that a worker reuses for every run file it reads at start, instead of
/// a new array per file. It grows when a file is larger, and <see cref="Dispose"/> returns it to the pool.
/// </summary>
internal sealed class RunFileBuffer : IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);

    /// <summary>
    /// Reads the whole file, even if its length changed since it was listed. The span is valid until
    /// the next call. Run files are replaced by rename, never grown in place, so the listed length is
    /// almost always right. Requesting one byte more shows in the same call that the end was reached.
    /// That saves measuring the file and a last empty read for each of thousands of files.
    /// </summary>
    public ReadOnlySpan<byte> Read(string path, long listedLength)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var total = 0;
        if (listedLength < Array.MaxLength)
        {
            EnsureCapacity((int)listedLength + 1);
            total = RandomAccess.Read(handle, buffer.AsSpan(0, (int)listedLength + 1), 0);
            if (total == listedLength)
            {
                return buffer.AsSpan(0, total);
            }
        }

        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"Run file '{path}' is larger than 2 GiB, too large for a run. Move it out of the store directory.");
        }

        EnsureCapacity((int)length);

        int count;
        while ((count = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
        {
            total += count;
            if (total == buffer.Length)
            {
                EnsureCapacity(total + 1);
            }
        }

        return buffer.AsSpan(0, total);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private void EnsureCapacity(int size)
    {
        if (size <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, buffer.Length * 2));
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}

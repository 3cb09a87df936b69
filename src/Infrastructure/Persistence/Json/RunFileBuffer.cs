using System.Buffers;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// One rented byte buffer that a worker reuses for every run file of one directory it reads at
/// start, instead of a new array per file. It grows when a file is larger, and
/// <see cref="Dispose"/> returns it to the pool. It reads through <see cref="LinuxFileCalls"/> where
/// they work, and through File.OpenHandle elsewhere.
/// </summary>
internal sealed class RunFileBuffer : IDisposable
{
    private readonly string directory;

    private readonly int directoryDescriptor;

    private byte[] buffer;

    /// <param name="directory">Directory of the files that <see cref="Read"/> reads.</param>
    /// <param name="linuxCalls">False to read through File.OpenHandle even where the Linux calls work, so tests cover both ways.</param>
    public RunFileBuffer(string directory, bool linuxCalls = true)
    {
        this.directory = directory;
        directoryDescriptor = linuxCalls ? LinuxFileCalls.TryOpenDirectory(directory) : -1;

        buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>True when this buffer reads through <see cref="LinuxFileCalls"/>.</summary>
    public bool UsesLinuxCalls => directoryDescriptor >= 0;

    /// <summary>
    /// Reads the whole file, whatever its length now, and returns its last write time (UTC ticks)
    /// taken from the open file, so both describe the bytes read. The span is valid until the next
    /// call. <paramref name="lengthHint"/> sizes the buffer when the caller knows the length (it may
    /// be <see cref="RunFileEntry.UnknownLength"/>). A file takes one read call when that call
    /// returns the whole file, which local regular files do.
    /// </summary>
    public ReadOnlySpan<byte> Read(string fileName, long lengthHint, out long writeTicks) =>
        UsesLinuxCalls ? ReadWithLinuxCalls(fileName, out writeTicks) : ReadWithFileHandle(fileName, lengthHint, out writeTicks);

    public void Dispose()
    {
        if (UsesLinuxCalls)
        {
            LinuxFileCalls.Close(directoryDescriptor);
        }

        ArrayPool<byte>.Shared.Return(buffer);
    }

    private ReadOnlySpan<byte> ReadWithLinuxCalls(string fileName, out long writeTicks)
    {
        var path = Path.Combine(directory, fileName);
        var descriptor = LinuxFileCalls.OpenAt(directoryDescriptor, fileName, path);
        try
        {
            (var length, writeTicks) = LinuxFileCalls.Status(descriptor, path);
            return ReadToEnd(length, (target, offset) => LinuxFileCalls.ReadAt(descriptor, target, offset, path), path);
        }
        finally
        {
            LinuxFileCalls.Close(descriptor);
        }
    }

    private ReadOnlySpan<byte> ReadWithFileHandle(string fileName, long lengthHint, out long writeTicks)
    {
        // NOTE: unlike the Linux calls, this opens without O_NONBLOCK, so on other Unix systems a
        // FIFO named like a run file blocks start-up here until something writes to it.
        var path = Path.Combine(directory, fileName);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        writeTicks = File.GetLastWriteTimeUtc(handle).Ticks;
        return ReadToEnd(lengthHint, (target, offset) => RandomAccess.Read(handle, target, offset), path);
    }

    /// <summary>
    /// Reads from offset 0 into a buffer sized for <paramref name="lengthHint"/> plus one byte. A read
    /// that returns fewer bytes than requested ends the file once <paramref name="lengthHint"/> bytes
    /// are in; before that it may be a short read (a network or FUSE file system, a signal), so the
    /// next read decides, and only a read of 0 bytes ends the file early. The fast path's hint is the
    /// length of the open file, so a whole file still takes one read call.
    /// </summary>
    internal ReadOnlySpan<byte> ReadToEnd(long lengthHint, ReadAt readAt, string path)
    {
        if (lengthHint >= buffer.Length && lengthHint < Array.MaxLength)
        {
            EnsureCapacity((int)lengthHint + 1);
        }

        var total = 0;
        while (true)
        {
            var requested = buffer.Length - total;
            var count = readAt(buffer.AsSpan(total), total);
            total += count;
            if (count == 0 || (count < requested && total >= lengthHint))
            {
                return buffer.AsSpan(0, total);
            }

            if (total == Array.MaxLength)
            {
                throw new IOException($"Run file '{path}' is larger than 2 GiB, too large for a run. Move it out of the store directory.");
            }

            EnsureCapacity((int)Math.Min((long)total * 2, Array.MaxLength));
        }
    }

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

    internal delegate int ReadAt(Span<byte> target, long offset);
}

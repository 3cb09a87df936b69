using System.Runtime.InteropServices;
using Benchmarker.Infrastructure.Persistence.Json;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>
/// The start-up reader reads whole files whatever length was listed, or none, and returns the
/// write time the listing shows. Each case runs through the Linux calls (where they work) and
/// through File.OpenHandle.
/// </summary>
public sealed class RunFileBufferTests : IDisposable
{
    private readonly TempStore temp = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5_000, 5_000)]
    [InlineData(5_000, 4_000)]
    [InlineData(5_000, 6_000)]
    [InlineData(200_000, 100)]
    [InlineData(100, 200_000)]
    [InlineData(0, RunFileEntry.UnknownLength)]
    [InlineData(5_000, RunFileEntry.UnknownLength)]
    [InlineData(65_535, RunFileEntry.UnknownLength)]
    [InlineData(65_536, RunFileEntry.UnknownLength)]
    [InlineData(65_537, RunFileEntry.UnknownLength)]
    [InlineData(300_000, RunFileEntry.UnknownLength)]
    public void Reads_whole_file_whatever_length_was_listed(int actualLength, long listedLength)
    {
        Directory.CreateDirectory(temp.Root);
        var content = Enumerable.Range(0, actualLength).Select(i => (byte)('a' + (i % 26))).ToArray();
        File.WriteAllBytes(Path.Combine(temp.Root, "run.json"), content);

        foreach (var linuxCalls in new[] { true, false })
        {
            using var buffer = new RunFileBuffer(temp.Root, linuxCalls);

            var read = buffer.Read("run.json", listedLength, out _).ToArray();

            Assert.Equal(content, read);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_returns_listed_write_time(bool linuxCalls)
    {
        Directory.CreateDirectory(temp.Root);
        var path = Path.Combine(temp.Root, "run.json");
        File.WriteAllText(path, "{}");
        var written = new DateTime(2026, 3, 1, 9, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567);
        File.SetLastWriteTimeUtc(path, written);
        using var buffer = new RunFileBuffer(temp.Root, linuxCalls);

        buffer.Read("run.json", RunFileEntry.UnknownLength, out var writeTicks);

        Assert.Equal(RunFileEntry.List(temp.Root).Single().WriteTicks, writeTicks);
        Assert.Equal(File.GetLastWriteTimeUtc(path).Ticks, writeTicks);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Missing_file_throws_file_not_found(bool linuxCalls)
    {
        Directory.CreateDirectory(temp.Root);
        using var buffer = new RunFileBuffer(temp.Root, linuxCalls);

        var error = Assert.Throws<FileNotFoundException>(() => buffer.Read("gone.json", RunFileEntry.UnknownLength, out _));

        Assert.Contains("gone.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linux_calls_are_used_on_linux()
    {
        Directory.CreateDirectory(temp.Root);

        using var buffer = new RunFileBuffer(temp.Root);

        Assert.Equal(OperatingSystem.IsLinux(), buffer.UsesLinuxCalls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Buffer_is_reused_for_a_shorter_file_after_a_longer_one(bool linuxCalls)
    {
        Directory.CreateDirectory(temp.Root);
        File.WriteAllText(Path.Combine(temp.Root, "long.json"), new string('x', 100_000));
        File.WriteAllText(Path.Combine(temp.Root, "short.json"), "{}");
        using var buffer = new RunFileBuffer(temp.Root, linuxCalls);

        buffer.Read("long.json", 100_000, out _);
        var read = buffer.Read("short.json", 2, out _).ToArray();

        Assert.Equal("{}"u8.ToArray(), read);
    }

    /// <summary>
    /// A FIFO named like a run file is rejected as not a regular file. Opening it for reading
    /// without O_NONBLOCK waits for a writer, which held up start-up. The wait below only guards
    /// against that hang: the test opens the writing end when the read has not returned.
    /// </summary>
    [Fact]
    public async Task Fifo_is_rejected_without_waiting()
    {
        Directory.CreateDirectory(temp.Root);
        var fifo = Path.Combine(temp.Root, "pipe.json");
        Assert.Equal(0, mkfifo(fifo, 0x180));
        using var buffer = new RunFileBuffer(temp.Root);

        var read = Task.Factory.StartNew(() => buffer.Read("pipe.json", RunFileEntry.UnknownLength, out _).Length, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) != read)
        {
            File.OpenHandle(fifo, FileMode.Open, FileAccess.Write).Dispose();
            Assert.Fail("Reading the FIFO waited for a writer.");
        }

        var error = await Assert.ThrowsAsync<IOException>(() => read);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A read call may return fewer bytes than requested before the end of a file, on a network or
    /// FUSE file system or after a signal. The file's known length separates such a short read from
    /// the end, so the whole file is read, not its first part.
    /// </summary>
    [Theory]
    [InlineData(1_000)]
    [InlineData(1)]
    public void Short_reads_before_known_length_continue(int bytesPerCall)
    {
        Directory.CreateDirectory(temp.Root);
        var content = Enumerable.Range(0, 5_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        using var buffer = new RunFileBuffer(temp.Root, linuxCalls: false);

        var read = buffer.ReadToEnd(content.Length, ShortReads(content, bytesPerCall), "run.json").ToArray();

        Assert.Equal(content, read);
    }

    private static RunFileBuffer.ReadAt ShortReads(byte[] content, int bytesPerCall) => (target, offset) =>
    {
        var count = (int)Math.Clamp(content.Length - offset, 0, Math.Min(bytesPerCall, target.Length));
        content.AsSpan((int)offset, count).CopyTo(target);
        return count;
    };

    public void Dispose() => temp.Dispose();

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}

using System.Runtime.InteropServices;

namespace Benchmarker.Infrastructure.Persistence.Json;

/// <summary>
/// The Linux C library calls behind <see cref="RunFileBuffer"/>'s fast path. File.OpenHandle and
/// RandomAccess make seven system calls per run file: open by full path, fstat, flock, pread,
/// fstat for the write time, the flock's unlock and close. These make four: openat relative to the
/// store directory, statx for length and write time, pread and close. Reading 100,000 run files in
/// the page cache on one thread took 0.6 s instead of 0.85 s (store-start --parts in tests/Performance).
/// </summary>
internal static class LinuxFileCalls
{
    /// <summary>O_RDONLY (0) with O_CLOEXEC, so a process the service starts does not inherit the descriptor.</summary>
    private const int OpenReadOnlyCloseOnExec = 0x80000;

    /// <summary>
    /// O_RDONLY with O_CLOEXEC and O_NONBLOCK for run files. O_NONBLOCK has no effect on regular
    /// files, and without it opening a FIFO named "*.json" waits for a writer, holding up start-up.
    /// </summary>
    private const int OpenRunFile = OpenReadOnlyCloseOnExec | 0x800;

    private const int AtEmptyPath = 0x1000;

    /// <summary>STATX_TYPE, STATX_SIZE and STATX_MTIME.</summary>
    private const int StatxSizeAndWriteTime = 0x1 | 0x200 | 0x40;

    private const int ErrorNoEntry = 2;

    private const int ErrorAccess = 13;

    private const int ErrorPermission = 1;

    private const int ErrorInterrupted = 4;

    /// <summary>S_IFMT and S_IFREG of stx_mode.</summary>
    private const int FileTypeMask = 0xF000;

    private const int RegularFile = 0x8000;

    /// <summary>Size of struct statx, the same on every architecture, which is why statx is used rather than fstat.</summary>
    private const int StatxSize = 256;

    /// <summary>
    /// True on x64 and arm64 Linux, where the flags above have these values (asm-generic/fcntl.h,
    /// linux/fcntl.h and linux/stat.h). Other architectures define some open flags differently.
    /// </summary>
    private static bool IsSupported { get; } =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>
    /// Opens a directory for <see cref="OpenAt"/> and checks that statx works, returning -1 when the
    /// calls cannot be used here: not Linux on x64 or arm64, a C library without statx (glibc added it
    /// in 2.28), a kernel before 4.11 or a seccomp filter that rejects it. The caller then reads
    /// files through .NET's own calls, which also report a missing or unreadable directory.
    /// </summary>
    public static int TryOpenDirectory(string directory)
    {
        if (!IsSupported)
        {
            return -1;
        }

        var descriptor = -1;
        try
        {
            descriptor = open(directory, OpenReadOnlyCloseOnExec);
            Span<byte> status = stackalloc byte[StatxSize];
            if (descriptor >= 0 && statx(descriptor, string.Empty, AtEmptyPath, StatxSizeAndWriteTime, ref MemoryMarshal.GetReference(status)) != 0)
            {
                close(descriptor);
                return -1;
            }

            return descriptor;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx fails here after open succeeded, so the directory is closed.
            if (descriptor >= 0)
            {
                close(descriptor);
            }

            return -1;
        }
    }

    public static int OpenAt(int directoryDescriptor, string fileName, string pathForErrors)
    {
        int descriptor;
        do
        {
            descriptor = openat(directoryDescriptor, fileName, OpenRunFile);
        }
        while (descriptor < 0 && Marshal.GetLastPInvokeError() == ErrorInterrupted);

        return Check(descriptor, pathForErrors);
    }

    /// <summary>Length in bytes and last write time in UTC ticks of an open file, which must be a regular file.</summary>
    public static (long Length, long WriteTicks) Status(int descriptor, string pathForErrors)
    {
        Span<byte> status = stackalloc byte[StatxSize];
        Check(statx(descriptor, string.Empty, AtEmptyPath, StatxSizeAndWriteTime, ref MemoryMarshal.GetReference(status)), pathForErrors);

        // The file type is in stx_mode, at offset 28.
        if ((MemoryMarshal.Read<ushort>(status[28..]) & FileTypeMask) != RegularFile)
        {
            throw new IOException($"Reading '{pathForErrors}' failed: it is not a regular file. Move it out of the store directory.");
        }

        // Offsets in struct statx: stx_size at 40, stx_mtime.tv_sec at 112 and stx_mtime.tv_nsec at 120.
        var length = MemoryMarshal.Read<long>(status[40..]);
        var seconds = MemoryMarshal.Read<long>(status[112..]);
        var nanoseconds = MemoryMarshal.Read<uint>(status[120..]);
        return (length, DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / TimeSpan.NanosecondsPerTick));
    }

    /// <summary>Reads at <paramref name="offset"/> of the file into <paramref name="target"/>, returning the bytes read (0 at the end).</summary>
    public static int ReadAt(int descriptor, Span<byte> target, long offset, string pathForErrors)
    {
        // A signal can interrupt a read on a network or FUSE file system before any byte arrives (EINTR).
        nint count;
        do
        {
            count = pread(descriptor, ref MemoryMarshal.GetReference(target), target.Length, offset);
        }
        while (count < 0 && Marshal.GetLastPInvokeError() == ErrorInterrupted);

        return (int)Check(count, pathForErrors);
    }

    public static void Close(int descriptor) => close(descriptor);

    private static T Check<T>(T result, string path)
        where T : System.Numerics.INumber<T>
    {
        if (result >= T.Zero)
        {
            return result;
        }

        var error = Marshal.GetLastPInvokeError();
        var message = $"'{path}': {Marshal.GetPInvokeErrorMessage(error)}";
        throw error switch
        {
            ErrorNoEntry => new FileNotFoundException($"Could not find file {message}.", path),
            ErrorAccess or ErrorPermission => new UnauthorizedAccessException($"Access to the path {message}."),
            _ => new IOException($"Reading {message}.", error),
        };
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int openat(int directoryDescriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directoryDescriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mask, ref byte status);

    [DllImport("libc", SetLastError = true)]
    private static extern nint pread(int descriptor, ref byte buffer, nint count, long offset);

    [DllImport("libc")]
    private static extern int close(int descriptor);
}

using System.Runtime.InteropServices;

namespace Benchmarker.Performance.Storage;

/// <summary>Asks the kernel to write every dirty page to disk before a timing starts (Linux only).</summary>
internal static partial class FileSystemFlush
{
    public static void Run()
    {
        if (OperatingSystem.IsLinux())
        {
            Sync();
        }
    }

    [LibraryImport("libc", EntryPoint = "sync")]
    private static partial void Sync();
}

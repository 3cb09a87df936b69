using System.Runtime.InteropServices;

namespace Benchmarker.Performance.Storage;

/// <summary>Sends SIGTERM to a child process (Linux only). Process.Kill sends SIGKILL, which would skip the service's shutdown.</summary>
internal static partial class ProcessSignal
{
    private const int SigTerm = 15;

    public static void Terminate(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("service-start stops the service with SIGTERM, which needs Linux.");
        }

        if (Kill(processId, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);
}

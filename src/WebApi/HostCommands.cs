namespace Benchmarker.WebApi;

/// <summary>Command-line verbs that do a job and exit instead of starting the web host.</summary>
internal static class HostCommands
{
    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        return false;
    }
}

using Benchmarker.Infrastructure.Embedded.Demo;
using Benchmarker.WebApi.Health;
using Benchmarker.WebApi.OpenApi;

namespace Benchmarker.WebApi;

/// <summary>Command-line verbs that do a job and exit instead of starting the web host.</summary>
internal static class HostCommands
{
    /// <summary>Runs <c>help</c>, <c>create-demo-model [path]</c>, <c>export-openapi &lt;path&gt;</c>, <c>healthcheck [url]</c> or <c>import &lt;paths&gt;</c> when it is the first argument; otherwise returns false.</summary>
    public static bool TryRun(string[] args, TextWriter output, out int exitCode) =>
        HelpCommand.TryRun(args, output, out exitCode)
        || DemoModelCommand.TryRun(args, output, out exitCode)
        || OpenApiExportCommand.TryRun(args, output, out exitCode)
        || HealthCheckCommand.TryRun(args, output, out exitCode)
        || Import.ImportCommand.TryRun(args, output, out exitCode);
}

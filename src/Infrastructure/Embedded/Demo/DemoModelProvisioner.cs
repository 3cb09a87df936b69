using Benchmarker.Infrastructure.Embedded.Engine;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Embedded.Demo;

/// <summary>
/// Writes the demo model into an empty models directory, once per process, before the engine's first
/// use (status, listing, warm-up or generation). It runs on first use rather than in a hosted service,
/// so the engine needs no hosting dependency and behaves the same in the host, the command and tests.
/// A failure to write is logged, and the engine then reports the empty directory.
/// </summary>
internal sealed partial class DemoModelProvisioner(ModelDirectory directory, bool enabled, ILogger logger)
{
    private readonly Lock gate = new();
    private Task? provisioning;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            provisioning ??= Task.Run(CreateIfEmpty, CancellationToken.None);
        }

        return provisioning.WaitAsync(cancellationToken);
    }

    private void CreateIfEmpty()
    {
        if (!directory.EnumerateModelFiles().Any())
        {
            Create();
        }
    }

    private void Create()
    {
        var path = Path.Combine(directory.FullPath, DemoModelGenerator.DefaultFileName);
        try
        {
            AtomicFile.Write(path, stream => DemoModelGenerator.Write(stream));
            LogCreated(logger, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogCreateFailed(logger, exception, path);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the demo model {Path}")]
    private static partial void LogCreated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the demo model {Path}; the embedded engine has no model until one is added")]
    private static partial void LogCreateFailed(ILogger logger, Exception exception, string path);
}

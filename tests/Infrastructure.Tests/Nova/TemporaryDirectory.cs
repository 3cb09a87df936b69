namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>A fresh directory under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("nova-sessions-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

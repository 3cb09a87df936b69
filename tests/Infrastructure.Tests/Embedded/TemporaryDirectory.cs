namespace Benchmarker.Infrastructure.Tests.Embedded;

/// <summary>A fresh directory under the system temp directory, deleted with its contents on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("embedded-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // On Windows a model file that llama.cpp still maps cannot be deleted; the system's temp cleanup removes it later.
        }
    }
}

using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>A fresh temporary directory per test, deleted at the end.</summary>
public sealed class TempStore : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bench-store-" + Guid.NewGuid().ToString("N"));

    public string Directory => Path.Combine(Root, "store");

    public JsonFileBenchmarkRunRepository Open() =>
        new(Options.Create(new StorageOptions { Json = new JsonStorageOptions { Directory = Directory } }), NullLogger<JsonFileBenchmarkRunRepository>.Instance);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}

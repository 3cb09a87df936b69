using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence.Json;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>Local directory where runs wait, one atomic "{id}.json" file each, while the store fails.</summary>
internal sealed class OutboxSpool(IOptions<StorageOptions> options)
{
    public string Directory { get; } = Path.GetFullPath(options.Value.OutboxDirectory);

    /// <summary>Time between two replays, named in the warning a spooled run carries.</summary>
    public TimeSpan ReplayInterval { get; } = options.Value.OutboxReplayInterval;

    public async Task WriteAsync(BenchmarkRun run, CancellationToken cancellationToken)
    {
        RunIds.EnsureValid(run.Id);
        System.IO.Directory.CreateDirectory(Directory);

        await AtomicFile.WriteJsonAsync(Path.Combine(Directory, run.Id + ".json"), run, cancellationToken);
    }

    /// <summary>Spooled run files, oldest first.</summary>
    public IReadOnlyList<string> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        AtomicFile.DeleteLeftovers(Directory);
        return [.. RunFileEntry.List(Directory).OrderBy(file => file.WriteTicks).Select(file => Path.Combine(Directory, file.FileName))];
    }

    public async Task<BenchmarkRun?> TryReadAsync(string id, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Directory, id + ".json");
        return RunIds.IsValid(id) && File.Exists(path) ? await ReadAsync(path, cancellationToken) : null;
    }

    public static async Task<BenchmarkRun> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return RunDocumentReader.Read(bytes, Path.GetFileName(path));
    }
}

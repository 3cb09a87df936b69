using System.Text.Json;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Nova;
using Benchmarker.Infrastructure.Serialization;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Infrastructure.Nova;

/// <summary>
/// Stores each session as <c>{directory}/{id}.json</c>. A write goes to a temporary file that is
/// flushed to disk and then moved over the old file, so a reader or a crash never sees half a
/// session. Only normalised ids (32 lowercase hexadecimal digits) are accepted, so an id cannot
/// name a path outside the directory.
/// </summary>
internal sealed partial class JsonNovaSessionRepository(string directory, ILogger<JsonNovaSessionRepository> logger) : INovaSessionRepository
{
    public async Task<NovaSession?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            return await JsonSerializer.DeserializeAsync<NovaSession>(stream, BenchmarkerJson.Options, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new StorageUnavailableException($"Nova session file '{path}' could not be read: {exception.Message}", exception);
        }
    }

    public async Task SaveAsync(NovaSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var path = PathOf(session.Id);
        var temporary = Path.Combine(directory, $"{session.Id}.{Guid.NewGuid():N}.tmp");

        try
        {
            Directory.CreateDirectory(directory);
            await WriteFlushedAsync(temporary, session, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new StorageUnavailableException($"Nova session file '{path}' could not be written: {exception.Message}", exception);
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!File.Exists(path))
            {
                return Task.FromResult(false);
            }

            File.Delete(path);
            return Task.FromResult(true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Nova session file '{path}' could not be deleted: {exception.Message}", exception);
        }
    }

    public async Task<IReadOnlyList<NovaSessionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        // NOTE: listing reads every session file in full, so it slows down linearly with the number of sessions.
        var summaries = new List<NovaSessionSummary>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var session = IsStoredId(id) ? await TryLoadAsync(id, cancellationToken) : null;
            if (session is not null)
            {
                summaries.Add(NovaSessionSummary.From(session));
            }
        }

        return [.. summaries.OrderByDescending(s => s.UpdatedAt)];
    }

    private async Task<NovaSession?> TryLoadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(id, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            LogUnreadableSession(logger, id, exception.Message);
            return null;
        }
    }

    private static async Task WriteFlushedAsync(string path, NovaSession session, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await JsonSerializer.SerializeAsync(stream, session, BenchmarkerJson.Options, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file is left behind; it has a .tmp extension, so listing ignores it.
        }
    }

    private string PathOf(string id) =>
        IsStoredId(id)
            ? Path.Combine(directory, $"{id}.json")
            : throw new ArgumentException($"'{id}' is not a normalised Nova session id (32 lowercase hexadecimal digits).", nameof(id));

    private static bool IsStoredId(string id) => NovaSessionId.TryNormalize(id, out var normalized) && normalized == id;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nova session {SessionId} is skipped in the list because its file cannot be read: {Reason}")]
    private static partial void LogUnreadableSession(ILogger logger, string sessionId, string reason);
}

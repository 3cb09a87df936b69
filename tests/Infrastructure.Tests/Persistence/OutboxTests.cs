using System.Net;
using System.Reflection;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Benchmarker.Infrastructure.Tests.Persistence;

public sealed class OutboxTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempStore temp = new();

    private readonly IBenchmarkRunRepository inner = Substitute.For<IBenchmarkRunRepository>();

    private OutboxSpool Spool() => new(Options.Create(new StorageOptions { OutboxDirectory = Path.Combine(temp.Root, "outbox") }));

    [Fact]
    public async Task Failed_save_is_spooled_then_replayed()
    {
        var run = RunFactory.Run("r1", T0);
        inner.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("disk full"));
        var repository = new SpoolingBenchmarkRunRepository(inner, Spool(), NullLogger<SpoolingBenchmarkRunRepository>.Instance);

        var result = await repository.SaveAsync(run, CancellationToken.None);

        Assert.False(result.Persisted);
        Assert.Contains("disk full", result.OutboxReason, StringComparison.Ordinal);
        Assert.Single(Spool().List());
        inner.GetAsync("r1", Arg.Any<CancellationToken>()).Returns((BenchmarkRun?)null);
        Assert.Equal("r1", (await repository.GetAsync("r1", CancellationToken.None))?.Id);

        var recovered = Substitute.For<IBenchmarkRunRepository>();
        var replayer = new OutboxReplayer(recovered, Spool(), NullLogger<OutboxReplayer>.Instance);
        var saved = await replayer.ReplayAsync(CancellationToken.None);

        Assert.Equal(1, saved);
        await recovered.Received(1).SaveAsync(Arg.Is<BenchmarkRun>(replayed => replayed.Id == "r1" && replayed.Prompt == run.Prompt), Arg.Any<CancellationToken>());
        Assert.Empty(Spool().List());
    }

    [Fact]
    public async Task Replay_keeps_runs_while_store_fails()
    {
        await Spool().WriteAsync(RunFactory.Run("r1", T0), CancellationToken.None);
        inner.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).ThrowsAsync(new UnauthorizedAccessException("read-only"));

        var saved = await new OutboxReplayer(inner, Spool(), NullLogger<OutboxReplayer>.Instance).ReplayAsync(CancellationToken.None);

        Assert.Equal(0, saved);
        Assert.Single(Spool().List());
    }

    [Fact]
    public async Task Replay_skips_run_store_rejects()
    {
        var outbox = Path.Combine(temp.Root, "outbox");
        Directory.CreateDirectory(outbox);
        var invalid = Path.Combine(outbox, "invalid.json");
        await File.WriteAllTextAsync(invalid, """{"id":"bad id!","timestamp":"2026-01-01T12:00:00Z","prompt":"x"}""");
        File.SetLastWriteTimeUtc(invalid, DateTime.UtcNow.AddMinutes(-5));
        await Spool().WriteAsync(RunFactory.Run("r1", T0), CancellationToken.None);
        await using var store = temp.Open();

        var saved = await new OutboxReplayer(store, Spool(), NullLogger<OutboxReplayer>.Instance).ReplayAsync(CancellationToken.None);

        Assert.Equal(1, saved);
        Assert.NotNull(await store.GetAsync("r1", CancellationToken.None));
        Assert.Equal([invalid], Spool().List());
    }

    [Fact]
    public async Task Replay_skips_document_server_rejects()
    {
        await Spool().WriteAsync(RunFactory.Run("refused", T0), CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(Spool().Directory, "refused.json"), DateTime.UtcNow.AddMinutes(-5));
        await Spool().WriteAsync(RunFactory.Run("r2", T0), CancellationToken.None);
        var rejection = new StorageUnavailableException("MongoDB at db:27017 failed: document failed validation", DocumentValidationFailure());
        inner.SaveAsync(Arg.Is<BenchmarkRun>(run => run.Id == "refused"), Arg.Any<CancellationToken>()).ThrowsAsync(rejection);

        var saved = await new OutboxReplayer(inner, Spool(), NullLogger<OutboxReplayer>.Instance).ReplayAsync(CancellationToken.None);

        Assert.Equal(1, saved);
        await inner.Received(1).SaveAsync(Arg.Is<BenchmarkRun>(run => run.Id == "r2"), Arg.Any<CancellationToken>());
        Assert.Equal([Path.Combine(Spool().Directory, "refused.json")], Spool().List());
    }

    /// <summary>
    /// The exception the driver throws when a server refuses one document (code 121). WriteError has
    /// no public constructor, so the test builds it the way the driver does, through its internal one.
    /// </summary>
    private static MongoWriteException DocumentValidationFailure()
    {
        var constructor = typeof(WriteError).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
        var writeError = (WriteError)constructor.Invoke([ServerErrorCategory.Uncategorized, 121, "Document failed validation", new BsonDocument()]);
        var connection = new ConnectionId(new ServerId(new ClusterId(), new DnsEndPoint("db", 27017)));
        return new MongoWriteException(connection, writeError, null, null);
    }

    [Fact]
    public async Task Replay_service_survives_unexpected_error()
    {
        await Spool().WriteAsync(RunFactory.Run("r1", T0), CancellationToken.None);
        var secondAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = 0;
        inner.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).Returns<Task<RunSaveResult>>(_ =>
        {
            if (Interlocked.Increment(ref attempts) >= 2)
            {
                secondAttempt.TrySetResult();
            }

            throw new InvalidOperationException("store bug");
        });
        var options = Options.Create(new StorageOptions { OutboxDirectory = Path.Combine(temp.Root, "outbox"), OutboxReplayInterval = TimeSpan.FromMilliseconds(20) });
        var replayer = new OutboxReplayer(inner, new OutboxSpool(options), NullLogger<OutboxReplayer>.Instance);
        using var service = new OutboxReplayService(replayer, options, NullLogger<OutboxReplayService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var finished = await Task.WhenAny(secondAttempt.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        await service.StopAsync(CancellationToken.None);

        Assert.Same(secondAttempt.Task, finished);
        Assert.False(service.ExecuteTask!.IsFaulted);
        Assert.Single(Spool().List());
    }

    [Fact]
    public async Task Failed_read_throws_storage_unavailable()
    {
        inner.QueryAsync(Arg.Any<HistoryFilter>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("gone"));
        var repository = new SpoolingBenchmarkRunRepository(inner, Spool(), NullLogger<SpoolingBenchmarkRunRepository>.Instance);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => repository.QueryAsync(new HistoryFilter(), CancellationToken.None));

        Assert.Contains("gone", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}

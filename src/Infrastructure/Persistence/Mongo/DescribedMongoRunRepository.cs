using System.Runtime.CompilerServices;
using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Infrastructure.Persistence.Mongo;

/// <summary>
/// Decorator of the MongoDB run store that rethrows every driver failure as the
/// <see cref="Application.Common.Exceptions.StorageUnavailableException"/> of
/// <see cref="MongoFailures.Describe"/>. The outbox then takes a run that failed to save, and the
/// health check reports which server is down.
/// </summary>
internal sealed class DescribedMongoRunRepository(MongoBenchmarkRunRepository inner, MongoConnection connection)
    : IBenchmarkRunRepository, IStorageProbe
{
    public Task<RunSaveResult> SaveAsync(BenchmarkRun run, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.SaveAsync(run, cancellationToken));

    public Task<BenchmarkRun?> GetAsync(string id, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.GetAsync(id, cancellationToken));

    public Task<HistoryPage> QueryAsync(HistoryFilter filter, CancellationToken cancellationToken) =>
        GuardAsync(() => inner.QueryAsync(filter, cancellationToken));

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await inner.ProbeAsync(cancellationToken);
            return true;
        });

    public async IAsyncEnumerable<BenchmarkRun> StreamAsync(HistoryFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var runs = inner.StreamAsync(filter, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (await GuardAsync(() => runs.MoveNextAsync().AsTask()))
        {
            yield return runs.Current;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception error) when (MongoFailures.IsDriverFailure(error))
        {
            throw MongoFailures.Describe(connection, error);
        }
    }
}

using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>The host start queries the store for one history row, so the JSON index is built before the first request.</summary>
public sealed class StoreWarmUpServiceTests
{
    private readonly IBenchmarkRunRepository store = Substitute.For<IBenchmarkRunRepository>();

    [Fact]
    public async Task Start_queries_one_row()
    {
        var service = new StoreWarmUpService(store, NullLogger<StoreWarmUpService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.StopAsync(CancellationToken.None);

        await store.Received(1).QueryAsync(Arg.Is<HistoryFilter>(filter => filter.Limit == 1 && filter.Offset == 0), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Failing_store_does_not_fail_host()
    {
        store.QueryAsync(Arg.Any<HistoryFilter>(), Arg.Any<CancellationToken>()).ThrowsAsync(new StorageUnavailableException("down", new IOException("disk")));
        var service = new StoreWarmUpService(store, NullLogger<StoreWarmUpService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var stop = await Record.ExceptionAsync(() => service.StopAsync(CancellationToken.None));

        Assert.Null(stop);
        await store.Received(1).QueryAsync(Arg.Any<HistoryFilter>(), Arg.Any<CancellationToken>());
    }
}

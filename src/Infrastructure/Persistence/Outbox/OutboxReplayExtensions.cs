using Microsoft.Extensions.DependencyInjection;

namespace Benchmarker.Infrastructure.Persistence.Outbox;

/// <summary>
/// One outbox replay for a process that builds the storage services but never starts the host, such
/// as the import command line, where <see cref="OutboxReplayService"/> does not run.
/// </summary>
public static class OutboxReplayExtensions
{
    /// <summary>Saves the runs waiting in the outbox and returns how many were saved; a store failure leaves them there.</summary>
    public static Task<int> ReplayOutboxAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxReplayer>().ReplayAsync(cancellationToken);
}

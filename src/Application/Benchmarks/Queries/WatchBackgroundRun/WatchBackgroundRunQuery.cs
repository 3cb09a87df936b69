using Benchmarker.Application.Benchmarks.Background;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.WatchBackgroundRun;

/// <summary>
/// The events of a background run after <paramref name="AfterId"/> (0 for all), live until the run
/// finishes. Throws <see cref="Common.Exceptions.NotFoundException"/> for an unknown or expired run.
/// </summary>
public sealed record WatchBackgroundRunQuery(string Id, long AfterId = 0) : IQuery<IAsyncEnumerable<RunEvent>>;

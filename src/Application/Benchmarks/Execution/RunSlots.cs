using Benchmarker.Application.Common.Options;
using Microsoft.Extensions.Options;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// Counts runs executing at once, blocking and background alike, against
/// <see cref="BenchmarkOptions.MaxConcurrentRuns"/>: runs that overlap compete for the machine, so
/// their timings would not be comparable, and the limit keeps that from happening silently.
/// </summary>
public sealed class RunSlots(IOptions<BenchmarkOptions> options)
{
    private readonly Lock gate = new();
    private int running;

    /// <summary>Takes a slot, or returns false when every slot is taken.</summary>
    public bool TryAcquire()
    {
        lock (gate)
        {
            if (running >= options.Value.MaxConcurrentRuns)
            {
                return false;
            }

            running++;
            return true;
        }
    }

    public void Release()
    {
        lock (gate)
        {
            running = Math.Max(0, running - 1);
        }
    }
}

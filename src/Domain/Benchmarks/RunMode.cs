namespace Benchmarker.Domain.Benchmarks;

/// <summary>How the models of one run are scheduled.</summary>
public enum RunMode
{
    /// <summary>One model after the other: the default, because models do not compete for the machine.</summary>
    Sequential,

    /// <summary>All models at once: shows behaviour under contention, at the cost of accuracy.</summary>
    Parallel,
}

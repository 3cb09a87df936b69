using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.CompareModels;

/// <summary>
/// Statistics per model over stored results: of the runs in a date range, or of a set of runs.
/// With run ids and no models, every model of those runs is compared.
/// </summary>
public sealed record CompareModelsQuery(
    IReadOnlyList<string>? Models = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    IReadOnlyList<string>? RunIds = null,
    bool IncludeFlagged = false) : IQuery<ModelComparison>;

/// <summary>
/// Statistics per model. <see cref="ExcludedFlags"/> lists the flags that leave a result out (empty when
/// flagged results are included); failed results are always left out.
/// </summary>
public sealed record ModelComparison(IReadOnlyList<ModelStatistics> Models, bool IncludeFlagged, IReadOnlyList<string> ExcludedFlags);

/// <summary>
/// One model's figures: <see cref="Results"/> matched, <see cref="Included"/> were summarised and
/// <see cref="Excluded"/> were left out. <see cref="ExclusionReasons"/> maps "failed" or a flag name to
/// how many results it left out; a result with several reasons counts under each.
/// </summary>
public sealed record ModelStatistics(
    string Model,
    int Results,
    int Included,
    int Excluded,
    IReadOnlyDictionary<string, int> ExclusionReasons,
    MetricStatistics? TimeToFirstToken,
    MetricStatistics? TotalTime,
    MetricStatistics? TokensPerSecond);

/// <summary>Summary of one metric over the included results that define it; percentiles interpolate linearly between ranks.</summary>
public sealed record MetricStatistics(int Count, double Min, double Max, double Mean, double Median, double P90);

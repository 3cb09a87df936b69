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
/// <see cref="TokensPerSecond"/> is the server's decode rate, else our clock's when the server reports
/// none, so every backend has a rate to compare. <see cref="ClientTokensPerSecond"/> is our clock's
/// decode rate only, and <see cref="EndToEndTokensPerSecond"/> counts the whole request.
/// </summary>
public sealed record ModelStatistics(
    string Model,
    int Results,
    int Included,
    int Excluded,
    IReadOnlyDictionary<string, int> ExclusionReasons,
    MetricStatistics? TimeToFirstToken,
    MetricStatistics? TotalTime,
    MetricStatistics? TokensPerSecond,
    MetricStatistics? ClientTokensPerSecond,
    MetricStatistics? EndToEndTokensPerSecond);

/// <summary>
/// Summary of one metric over the included results that define it. Percentiles interpolate linearly
/// between ranks. <see cref="StandardDeviation"/> is the sample standard deviation (n − 1), and
/// <see cref="ConfidenceIntervalLow"/>..<see cref="ConfidenceIntervalHigh"/> is the 95 % confidence
/// interval of the mean from Student's t with n − 1 degrees of freedom. These three are null when
/// fewer than two results define the metric.
/// </summary>
public sealed record MetricStatistics(
    int Count,
    double Min,
    double Max,
    double Mean,
    double Median,
    double P90,
    double P99,
    double? StandardDeviation,
    double? ConfidenceIntervalLow,
    double? ConfidenceIntervalHigh);

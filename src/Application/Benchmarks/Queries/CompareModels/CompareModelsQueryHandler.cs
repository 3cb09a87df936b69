using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Models;
using Benchmarker.Domain.Benchmarks;
using Mediator;

namespace Benchmarker.Application.Benchmarks.Queries.CompareModels;

public sealed class CompareModelsQueryHandler(IBenchmarkRunRepository repository)
    : IQueryHandler<CompareModelsQuery, ModelComparison>
{
    public async ValueTask<ModelComparison> Handle(CompareModelsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var requested = (query.Models ?? []).Where(model => !string.IsNullOrWhiteSpace(model)).Select(model => model.Trim()).ToList();
        var results = query.RunIds is { Count: > 0 } runIds
            ? await ResultsOfRunsAsync(runIds, cancellationToken)
            : await ResultsInRangeAsync(requested, query, cancellationToken);

        var models = requested.Count > 0 ? requested : results.Select(result => result.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statistics = models
            .Select(model => Summarise(model, results.Where(result => ModelNames.SameModel(result.Model, model)).ToList(), query.IncludeFlagged))
            .ToList();

        return new ModelComparison(statistics, query.IncludeFlagged, query.IncludeFlagged ? [] : ComparisonRules.ExcludingFlags);
    }

    private async Task<List<ModelResult>> ResultsOfRunsAsync(IReadOnlyList<string> runIds, CancellationToken cancellationToken)
    {
        var results = new List<ModelResult>();
        foreach (var id in runIds.Distinct(StringComparer.Ordinal))
        {
            var run = await repository.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Benchmark run", id);
            results.AddRange(run.Results);
        }

        return results;
    }

    private async Task<List<ModelResult>> ResultsInRangeAsync(IReadOnlyList<string> models, CompareModelsQuery query, CancellationToken cancellationToken)
    {
        var results = new List<ModelResult>();
        foreach (var model in models)
        {
            var filter = new HistoryFilter { Model = model, From = query.From, To = query.To, Descending = false };
            await foreach (var run in repository.StreamAsync(filter, cancellationToken))
            {
                results.AddRange(run.Results.Where(result => ModelNames.SameModel(result.Model, model)));
            }
        }

        return results;
    }

    private static ModelStatistics Summarise(string model, List<ModelResult> results, bool includeFlagged)
    {
        var reasons = results.Select(result => ComparisonRules.ReasonsToExclude(result, includeFlagged)).ToList();
        var included = results.Where((_, index) => reasons[index].Count == 0).ToList();
        var reasonCounts = reasons.SelectMany(list => list).GroupBy(reason => reason, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        return new ModelStatistics(
            model,
            results.Count,
            included.Count,
            results.Count - included.Count,
            reasonCounts,
            RepetitionStatistics.Summarise(included.Select(result => result.Timing.TimeToFirstToken)),
            RepetitionStatistics.Summarise(included.Select(result => result.Timing.TotalTime)),
            RepetitionStatistics.Summarise(included.Select(ComparisonRules.TokensPerSecond)),
            RepetitionStatistics.Summarise(included.Select(result => result.Throughput.ClientTokensPerSecond)),
            RepetitionStatistics.Summarise(included.Select(result => result.Throughput.EndToEndTokensPerSecond)));
    }
}

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>Sums the steps of a finished run into <see cref="NovaMetrics"/>.</summary>
internal static class NovaMetricsCalculator
{
    private const double MinDecodeSeconds = 0.001;

    public static NovaMetrics Calculate(NovaRunRequest request, NovaRunProgress progress, IReadOnlyList<NovaStep> steps, TimeSpan total, ProcessUsage usage)
    {
        var modelSteps = steps.Where(s => s.IsModelCall).ToList();

        return new NovaMetrics(
            total.TotalMilliseconds,
            modelSteps.Sum(s => s.DurationMs),
            request.Model,
            request.Backend.Name,
            modelSteps.Count,
            SumReported(modelSteps.Select(s => s.PromptTokens)),
            SumReported(modelSteps.Select(s => s.CompletionTokens)),
            DecodeRate(modelSteps),
            request.Iterations,
            progress.IterationsDone,
            progress.Experts.Experts,
            progress.Experts.Source,
            [.. steps.Select(s => s.DisplayName).Distinct(StringComparer.Ordinal)],
            [.. steps.Select(s => new NovaStepMetrics(s.DisplayName, s.Iteration, s.DurationMs, s.PromptTokens, s.CompletionTokens))],
            usage);
    }

    private static int? SumReported(IEnumerable<int?> values)
    {
        var reported = values.OfType<int>().ToList();
        return reported.Count == 0 ? null : reported.Sum();
    }

    private static double? DecodeRate(IEnumerable<NovaStep> modelSteps)
    {
        var measured = modelSteps.Where(s => s.CompletionTokens is not null && s.EvalSeconds is not null).ToList();
        var seconds = measured.Sum(s => s.EvalSeconds!.Value);

        return measured.Count == 0 || seconds < MinDecodeSeconds
            ? null
            : measured.Sum(s => s.CompletionTokens!.Value) / seconds;
    }
}

namespace Benchmarker.Application.Nova.Orchestration;

/// <summary>Steps of one run in the order they finished, with a process usage reading after each.</summary>
internal sealed class NovaStepLog(ProcessUsageMeter meter)
{
    private readonly List<NovaStep> steps = [];

    public IReadOnlyList<NovaStep> Steps => steps.ToArray();

    public void Add(NovaStep step)
    {
        steps.Add(step);
        meter.Sample();
    }

    /// <summary>Attaches a note written by the program (not the model) to the latest step.</summary>
    public void AnnotateLast(string note) => steps[^1] = steps[^1] with { Note = note };
}

namespace Benchmarker.Application.Benchmarks.Background;

/// <summary>
/// One entry of a background run's event log. <see cref="Id"/> counts from 1 within the run, so a
/// subscriber that reconnects can send the last id it received. <see cref="Data"/> is serialised as the event's JSON data.
/// </summary>
public sealed record RunEvent(long Id, string Type, object Data);

/// <summary>Names of the events of a background run, as sent in the server-sent events' <c>event:</c> field.</summary>
public static class RunEventTypes
{
    public const string Started = "started";
    public const string ModelStarted = "model_started";
    public const string FirstToken = "first_token";
    public const string Chunk = "chunk";
    public const string ModelFinished = "model_finished";
    public const string ModelFailed = "model_failed";
    public const string RunFinished = "run_finished";
}

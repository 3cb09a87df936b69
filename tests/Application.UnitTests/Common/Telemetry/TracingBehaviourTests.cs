using System.Collections.Concurrent;
using System.Diagnostics;
using Benchmarker.Application.Common.Telemetry;
using Benchmarker.Application.UnitTests.Common.Behaviours;

namespace Benchmarker.Application.UnitTests.Common.Telemetry;

public sealed class TracingBehaviourTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public TracingBehaviourTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BenchmarkerTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Message_GetsSpanNamedAfterType()
    {
        var behaviour = new TracingBehaviour<TestMessage, string>();
        var traceId = default(ActivityTraceId);

        var response = await behaviour.Handle(new TestMessage("secret prompt", 1), (_, _) =>
        {
            traceId = Activity.Current!.TraceId;
            return ValueTask.FromResult("done");
        }, CancellationToken.None);

        Assert.Equal("done", response);
        var span = Assert.Single(_stopped, activity => activity.TraceId == traceId);
        Assert.Equal(nameof(TestMessage), span.DisplayName);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.DoesNotContain(span.TagObjects, tag => Equals(tag.Value, "secret prompt"));
    }

    [Fact]
    public async Task Failure_MarksSpanAsErrorAndRethrows()
    {
        var behaviour = new TracingBehaviour<TestMessage, string>();
        var traceId = default(ActivityTraceId);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await behaviour.Handle(new TestMessage("p", 1), (_, _) =>
        {
            traceId = Activity.Current!.TraceId;
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));

        var span = Assert.Single(_stopped, activity => activity.TraceId == traceId);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(InvalidOperationException), span.StatusDescription);
    }

    public void Dispose() => _listener.Dispose();
}

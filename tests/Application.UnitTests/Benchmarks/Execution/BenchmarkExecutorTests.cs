using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Execution;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Models;
using Microsoft.Extensions.Logging;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static Benchmarker.Application.UnitTests.Benchmarks.Execution.ExecutorFixture;

namespace Benchmarker.Application.UnitTests.Benchmarks.Execution;

public sealed class BenchmarkExecutorTests
{
    private readonly ExecutorFixture _fixture = new();
    private readonly IInferenceBackend _ollama = Backends.Ollama("a:latest", "b:latest", "c:latest");

    [Fact]
    public async Task Sequential_RunsModelsInOrderOneAtATime()
    {
        var started = new List<string>();
        var running = 0;
        var maxRunning = 0;
        OnGenerate(_ollama, async (request, observer, _) =>
        {
            started.Add(request.Model);
            maxRunning = Math.Max(maxRunning, Interlocked.Increment(ref running));
            await Task.Yield();
            Interlocked.Decrement(ref running);
            return Stream(observer);
        });

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b", "c"), NullRunObserver.Instance, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], started);
        Assert.Equal(1, maxRunning);
        Assert.Equal(["a", "b", "c"], run.Results.Select(result => result.Model));
        Assert.All(run.Results, result => Assert.True(result.Success));
        Assert.False(run.Cancelled);
    }

    [Fact]
    public async Task Parallel_RunsModelsAtTheSameTime()
    {
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        _fixture.ModelTimeout = TimeSpan.FromSeconds(30);
        OnGenerate(_ollama, async (_, observer, token) =>
        {
            if (Interlocked.Increment(ref count) == 2)
            {
                bothStarted.SetResult();
            }

            // Sequential scheduling would leave the first model waiting here until its timeout.
            await bothStarted.Task.WaitAsync(token);
            return Stream(observer);
        });

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Parallel, "a", "b"), NullRunObserver.Instance, CancellationToken.None);

        Assert.Equal(["a", "b"], run.Results.Select(result => result.Model));
        Assert.All(run.Results, result => Assert.True(result.Success, result.Error));
        Assert.Equal(RunMode.Parallel, run.Mode);
    }

    [Fact]
    public async Task FailedOutcome_KeepsOtherResults()
    {
        OnGenerate(_ollama, (request, observer, _) => Task.FromResult(request.Model == "b"
            ? new GenerationOutcome
            {
                Status = GenerationStatus.Failed,
                StartTimestamp = 0,
                EndTimestamp = 10,
                ErrorKind = ResultErrorKinds.ServerError,
                Error = "Ollama returned 500: out of memory",
                HttpStatus = 500,
            }
            : Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b", "c"), NullRunObserver.Instance, CancellationToken.None);

        Assert.True(run.Results[0].Success);
        Assert.False(run.Results[1].Success);
        Assert.Equal(ResultErrorKinds.ServerError, run.Results[1].ErrorKind);
        Assert.Equal("Ollama returned 500: out of memory", run.Results[1].Error);
        Assert.True(run.Results[2].Success);
        var warning = Assert.Single(_fixture.RunnerLog.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task ThrowingBackend_KeepsPartialAndOtherResults()
    {
        OnGenerate(_ollama, (request, observer, _) =>
        {
            if (request.Model == "a")
            {
                observer.OnChunk(new GenerationChunk("half", ChunkChannel.Content, System.Diagnostics.Stopwatch.GetTimestamp()));
                throw new InvalidOperationException("bug in the adapter");
            }

            return Task.FromResult(Stream(observer));
        });

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b"), NullRunObserver.Instance, CancellationToken.None);

        var failed = run.Results[0];
        Assert.False(failed.Success);
        Assert.Equal(ResultErrorKinds.ServerError, failed.ErrorKind);
        Assert.Contains("bug in the adapter", failed.Error, StringComparison.Ordinal);
        Assert.Equal("half", failed.Response);
        Assert.True(run.Results[1].Success);
        Assert.Contains(_fixture.InvokerLog.Entries, entry => entry.Level == LogLevel.Error && entry.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task ModelTimeout_RecordsTimeoutAndKeepsPartial()
    {
        _fixture.ModelTimeout = TimeSpan.FromMilliseconds(50);
        OnGenerate(_ollama, (request, observer, token) => request.Model == "a"
            ? StreamUntilCancelled(observer, token)
            : Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b"), NullRunObserver.Instance, CancellationToken.None);

        var timedOut = run.Results[0];
        Assert.False(timedOut.Success);
        Assert.Equal(ResultErrorKinds.Timeout, timedOut.ErrorKind);
        Assert.Contains("did not finish within", timedOut.Error, StringComparison.Ordinal);
        Assert.Equal("partial", timedOut.Response);
        Assert.Contains(ResultFlags.Incomplete, timedOut.Flags);
        Assert.True(run.Results[1].Success);
        Assert.False(run.Cancelled);
    }

    [Fact]
    public async Task CallerCancellation_KeepsFinishedAndMarksRunCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        OnGenerate(_ollama, (request, observer, token) => request.Model switch
        {
            "a" => Task.FromResult(Stream(observer)),
            _ => StreamUntilCancelled(observer, token, afterFirstChunk: cancellation.Cancel),
        });

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b", "c"), NullRunObserver.Instance, cancellation.Token);

        Assert.True(run.Cancelled);
        Assert.True(run.Results[0].Success);
        Assert.Equal(ResultErrorKinds.Cancelled, run.Results[1].ErrorKind);
        Assert.Equal("partial", run.Results[1].Response);
        Assert.Equal(ResultErrorKinds.Cancelled, run.Results[2].ErrorKind);
        Assert.Equal(ModelResults.CancelledBeforeStart, run.Results[2].Error);
        await _ollama.Received(2).GenerateAsync(Arg.Any<GenerationRequest>(), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>());
        await _fixture.Repository.Received(1).SaveAsync(run with { Persisted = null, Warnings = null }, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CancelledBeforeStart_SavesEveryModelAsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Parallel, "a", "b"), NullRunObserver.Instance, cancellation.Token);

        Assert.True(run.Cancelled);
        Assert.All(run.Results, result => Assert.Equal(ResultErrorKinds.Cancelled, result.ErrorKind));
        await _ollama.DidNotReceive().GenerateAsync(Arg.Any<GenerationRequest>(), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>());
        await _fixture.Repository.Received(1).SaveAsync(run with { Persisted = null, Warnings = null }, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Run_IsSavedOnceAndReturned()
    {
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b"), NullRunObserver.Instance, CancellationToken.None);

        await _fixture.Repository.Received(1).SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>());
        await _fixture.Repository.Received(1).SaveAsync(run with { Persisted = null, Warnings = null }, Arg.Any<CancellationToken>());
        Assert.Equal("run-1", run.Id);
        Assert.Equal(FixedTimeProvider.Default, run.Timestamp);
        Assert.True(run.Persisted);
        Assert.Empty(run.Warnings!);
    }

    [Fact]
    public async Task Spooled_run_is_returned_not_persisted_with_the_reason()
    {
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));
        _fixture.Repository.SaveAsync(Arg.Any<BenchmarkRun>(), Arg.Any<CancellationToken>()).Returns(RunSaveResult.Spooled("store down; waits in the outbox"));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a"), NullRunObserver.Instance, CancellationToken.None);

        Assert.False(run.Persisted);
        Assert.Equal(["store down; waits in the outbox"], run.Warnings);
        Assert.True(run.Results[0].Success);
    }

    [Fact]
    public async Task WarmUp_HappensOnceBeforeFirstGeneration()
    {
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));

        await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b"), NullRunObserver.Instance, CancellationToken.None);

        await _ollama.Received(1).WarmUpAsync(Arg.Any<CancellationToken>());
        Received.InOrder(() =>
        {
            _ollama.WarmUpAsync(Arg.Any<CancellationToken>());
            _fixture.Sampler.Start(Arg.Any<IReadOnlyList<ProcessGroup>>());
            _ollama.GenerateAsync(Arg.Is<GenerationRequest>(request => request.Model == "a"), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>());
            _ollama.GenerateAsync(Arg.Is<GenerationRequest>(request => request.Model == "b"), Arg.Any<IGenerationObserver>(), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task Run_RecordsContext()
    {
        var embedded = Backends.Embedded("tiny.gguf");
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));
        OnGenerate(embedded, (_, observer, _) => Task.FromResult(Stream(observer)));
        _ollama.DescribeModelAsync("a", Arg.Any<CancellationToken>()).Returns(new ModelDetails { Name = "a:latest", Backend = "ollama", Family = "llama" });
        _ollama.ListLoadedModelsAsync(Arg.Any<CancellationToken>()).Returns([new LoadedModelState { Name = "a:latest", SizeBytes = 42 }]);

        var run = await _fixture.Create(_ollama, embedded).ExecuteAsync(Plan(RunMode.Sequential, "a", "tiny.gguf"), NullRunObserver.Instance, CancellationToken.None);

        Assert.Equal("Linux", run.SystemInfo?.Platform);
        Assert.Equal("0.12.0", run.BackendVersions["ollama"]);
        Assert.Equal("llama", run.Results[0].ModelDetails?.Family);
        Assert.Equal(42, run.Results[0].LoadedBefore?.SizeBytes);
        Assert.Equal("embedded", run.Results[1].Backend);
        Assert.Equal(0.01, run.SamplerIntervalSeconds);
        Assert.False(string.IsNullOrEmpty(run.BenchmarkerVersion));
        Assert.NotNull(run.Results[0].SystemImpact);
        _fixture.Sampler.Received(1).Start(Arg.Is<IReadOnlyList<ProcessGroup>>(groups => groups.Contains(ProcessGroup.Ollama) && groups.Contains(ProcessGroup.Self)));
    }

    [Fact]
    public async Task Result_CarriesMetrics()
    {
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a"), NullRunObserver.Instance, CancellationToken.None);

        var result = run.Results.Single();
        Assert.Equal("Hi there", result.Response);
        Assert.Equal(12, result.Tokens.CompletionTokens);
        Assert.Equal(24.0, result.Throughput.TokensPerSecond);
        Assert.Equal(2, result.ChunkOffsets.Count);
        Assert.Equal("stop", result.DoneReason);
        Assert.Equal("Why is the sky blue?", result.Prompt);
    }

    [Fact]
    public async Task ModelWithoutBackend_IsRecordedAsNotFound()
    {
        var embedded = Backends.Embedded("tiny.gguf");
        OnGenerate(embedded, (_, observer, _) => Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(embedded).ExecuteAsync(Plan(RunMode.Sequential, "llama3.2", "tiny.gguf"), NullRunObserver.Instance, CancellationToken.None);

        Assert.Equal(ResultErrorKinds.ModelNotFound, run.Results[0].ErrorKind);
        Assert.True(run.Results[1].Success);
    }

    [Fact]
    public async Task FailingContextReads_DoNotStopTheRun()
    {
        _fixture.Sampler.GetSystemInfoAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("no /proc"));
        _ollama.GetStatusAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("status failed"));
        _ollama.WarmUpAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("warm-up failed"));
        _ollama.ListLoadedModelsAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("ps failed"));
        OnGenerate(_ollama, (_, observer, _) => Task.FromResult(Stream(observer)));

        var run = await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a"), NullRunObserver.Instance, CancellationToken.None);

        Assert.Null(run.SystemInfo);
        Assert.Null(run.BackendVersions["ollama"]);
        Assert.True(run.Results.Single().Success);
    }

    [Fact]
    public async Task Observer_ReceivesProgressInOrder()
    {
        var observer = new RecordingObserver();
        OnGenerate(_ollama, (request, chunkObserver, _) => Task.FromResult(request.Model == "a"
            ? Stream(chunkObserver)
            : new GenerationOutcome { Status = GenerationStatus.Incomplete, StartTimestamp = 0, EndTimestamp = 5 }));

        await _fixture.Create(_ollama).ExecuteAsync(Plan(RunMode.Sequential, "a", "b"), observer, CancellationToken.None);

        Assert.Equal(
            [
                "run-started:run-1",
                "started:a",
                "first-token:a",
                "chunk:a:Hi",
                "chunk:a: there",
                "finished:a",
                "started:b",
                "failed:b:incomplete",
                "run-finished:run-1",
            ],
            observer.Events);
    }
}

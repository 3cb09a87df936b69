using Benchmarker.Application.Common.Behaviours;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.UnitTests.Support;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Benchmarker.Application.UnitTests.Common.Behaviours;

public sealed class LoggingBehaviourTests
{
    private readonly ListLogger<LoggingBehaviour<TestMessage, string>> _logger = new();

    public static TheoryData<Exception> ExpectedFailures => new()
    {
        new ValidationException([new ValidationFailure("Prompt", "'Prompt' must not be empty.")]),
        new NotFoundException("Benchmark run", "42"),
        new BackendUnavailableException("ollama", "http://127.0.0.1:11434", "Ollama is not reachable."),
        new StorageUnavailableException("The data directory is read-only."),
    };

    [Theory]
    [MemberData(nameof(ExpectedFailures))]
    public async Task ExpectedFailure_IsWarningWithoutStackTrace(Exception failure)
    {
        var behaviour = new LoggingBehaviour<TestMessage, string>(_logger);

        await Assert.ThrowsAsync(failure.GetType(), async () => await behaviour.Handle(new TestMessage("secret prompt", 1), (_, _) => throw failure, CancellationToken.None));

        var entry = Assert.Single(_logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains(nameof(TestMessage), entry.Message, StringComparison.Ordinal);
        Assert.Contains(failure.GetType().Name, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedFailure_IsErrorWithException()
    {
        var behaviour = new LoggingBehaviour<TestMessage, string>(_logger);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(new TestMessage("x", 1), (_, _) => throw new InvalidOperationException("boom"), CancellationToken.None));

        var entry = Assert.Single(_logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task Success_LogsNameAndDurationButNotContent()
    {
        var behaviour = new LoggingBehaviour<TestMessage, string>(_logger);

        var response = await behaviour.Handle(new TestMessage("secret prompt", 1), (_, _) => ValueTask.FromResult("ok"), CancellationToken.None);

        Assert.Equal("ok", response);
        var entry = Assert.Single(_logger.Entries, entry => entry.Level == LogLevel.Information);
        Assert.Contains("Handled TestMessage in", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logger.Entries, logged => logged.Message.Contains("secret prompt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallerCancellation_IsNotAnError()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var behaviour = new LoggingBehaviour<TestMessage, string>(_logger);

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
            await behaviour.Handle(new TestMessage("x", 1), (_, token) => throw new OperationCanceledException(token), cancellation.Token));

        Assert.DoesNotContain(_logger.Entries, entry => entry.Level >= LogLevel.Warning);
    }
}

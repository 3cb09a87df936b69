using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Commands.RunBenchmark;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Common.Options;
using Benchmarker.Application.UnitTests.Support;
using Benchmarker.Domain.Benchmarks;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Benchmarker.Application.UnitTests.Benchmarks.Commands;

public sealed class RunBenchmarkCommandValidatorTests
{
    private readonly IInferenceBackend _ollama = Backends.Ollama("llama3.2:latest", "qwen3:0.6b");
    private readonly IInferenceBackend _embedded = Backends.Embedded("tiny.gguf");

    [Fact]
    public async Task ValidCommand_Passes()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2", "qwen3:0.6b", "tiny.gguf"]));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Prompt_Blank_IsRejected(string prompt)
    {
        var result = await Validate(new RunBenchmarkCommand(prompt, ["llama3.2"]));

        Assert.Contains(result.Errors, error => error.PropertyName == "Prompt");
    }

    [Fact]
    public async Task Prompt_TooLong_IsRejected()
    {
        var result = await Validate(new RunBenchmarkCommand(new string('x', 101), ["llama3.2"]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Prompt", error.PropertyName);
        Assert.Contains("100", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_Empty_IsRejected()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", []));

        Assert.Contains(result.Errors, error => error.PropertyName == "Models");
    }

    [Fact]
    public async Task Models_MoreThanMax_IsRejected()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["a", "b", "c", "d"]));

        Assert.Contains(result.Errors, error => error.ErrorMessage.Contains("at most 3", StringComparison.Ordinal));
        await _ollama.DidNotReceive().ListModelsAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Models_SameModelWithAndWithoutLatest_IsRejected()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2", "llama3.2:latest"]));

        Assert.Contains(result.Errors, error => error.ErrorMessage.Contains("twice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../etc/passwd.gguf")]
    [InlineData("/models/tiny.gguf")]
    [InlineData("..\\tiny.gguf")]
    [InlineData("bad name")]
    public async Task Models_MalformedOrPathName_IsRejectedWithoutAskingBackends(string model)
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", [model]));

        Assert.Contains(result.Errors, error => error.ErrorMessage.Contains("not a valid model name", StringComparison.Ordinal));
        await _ollama.DidNotReceive().ListModelsAsync(Arg.Any<CancellationToken>());
        await _embedded.DidNotReceive().ListModelsAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Models_NotInstalled_MessageNamesInstalledModels()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["mistral:7b", "llama3.2"]));

        var error = Assert.Single(result.Errors);
        Assert.Contains("'mistral:7b' is not installed on ollama", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("llama3.2:latest, qwen3:0.6b", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_NotInstalledGguf_NamesEmbeddedModels()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["other.gguf"]));

        var error = Assert.Single(result.Errors);
        Assert.Contains("not installed on embedded", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("tiny.gguf", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_EachBackendListedOnce()
    {
        await Validate(new RunBenchmarkCommand("Hello", ["llama3.2", "qwen3:0.6b"]));

        await _ollama.Received(1).ListModelsAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Models_BackendUnreachable_Propagates()
    {
        _ollama.ListModelsAsync(Arg.Any<CancellationToken>())
            .ThrowsAsync(new BackendUnavailableException("ollama", "http://127.0.0.1:11434", "Ollama is not reachable."));

        await Assert.ThrowsAsync<BackendUnavailableException>(() => Validate(new RunBenchmarkCommand("Hello", ["llama3.2"])));
    }

    [Theory]
    [InlineData("Temperature", 2.5, null, null, null, null)]
    [InlineData("Temperature", -0.1, null, null, null, null)]
    [InlineData("TopK", null, -1, null, null, null)]
    [InlineData("TopP", null, null, 1.1, null, null)]
    [InlineData("NumPredict", null, null, null, 0, null)]
    [InlineData("NumPredict", null, null, null, -2, null)]
    [InlineData("NumCtx", null, null, null, null, 0)]
    public async Task Parameters_OutOfRange_AreRejected(string property, double? temperature, int? topK, double? topP, int? numPredict, int? numCtx)
    {
        var parameters = new GenerationParameters { Temperature = temperature, TopK = topK, TopP = topP, NumPredict = numPredict, NumCtx = numCtx };

        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2"], parameters));

        var error = Assert.Single(result.Errors);
        Assert.Equal($"Parameters.{property}", error.PropertyName);
    }

    [Fact]
    public async Task Parameters_EdgeValues_Pass()
    {
        var parameters = new GenerationParameters { Temperature = 2, TopK = 0, TopP = 1, NumPredict = -1, NumCtx = 1, Stop = ["\n"] };

        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2"], parameters));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Stop_TooManyOrEmpty_IsRejected()
    {
        var parameters = new GenerationParameters { Stop = ["1", "2", "3", "4", "5", "6", "7", "8", ""] };

        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2"], parameters));

        Assert.Contains(result.Errors, error => error.ErrorMessage.Contains("at most 8", StringComparison.Ordinal));
        Assert.Contains(result.Errors, error => error.PropertyName == "Parameters.Stop[8]");
    }

    [Theory]
    [InlineData("5m", true)]
    [InlineData("1h30m", true)]
    [InlineData("1.5h", true)]
    [InlineData("-1", true)]
    [InlineData("300", true)]
    [InlineData("-1m", true)]
    [InlineData("5 minutes", false)]
    [InlineData("m5", false)]
    [InlineData("", false)]
    [InlineData("5d", false)]
    public async Task KeepAlive_GoDurationOrSeconds(string keepAlive, bool valid)
    {
        var parameters = new GenerationParameters { KeepAlive = keepAlive };

        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2"], parameters));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public async Task Mode_Undefined_IsRejected()
    {
        var result = await Validate(new RunBenchmarkCommand("Hello", ["llama3.2"], Mode: (RunMode)7));

        Assert.Contains(result.Errors, error => error.PropertyName == "Mode");
    }

    [Fact]
    public async Task EveryFailure_IsReportedAtOnce()
    {
        var parameters = new GenerationParameters { Temperature = 3, TopP = 2 };

        var result = await Validate(new RunBenchmarkCommand(" ", ["../x.gguf", "llama3.2"], parameters, (RunMode)9));

        Assert.Equal(
            ["Mode", "Models[0]", "Parameters.Temperature", "Parameters.TopP", "Prompt"],
            result.Errors.Select(error => error.PropertyName).Order(StringComparer.Ordinal));
    }

    private Task<ValidationResult> Validate(RunBenchmarkCommand command)
    {
        var options = Options.Create(new BenchmarkOptions { MaxPromptLength = 100, MaxModels = 3 });
        var validator = new RunBenchmarkCommandValidator(options, new InstalledModelsCheck([_ollama, _embedded]));

        return validator.ValidateAsync(command, CancellationToken.None);
    }
}

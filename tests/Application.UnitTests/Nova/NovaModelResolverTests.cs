using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Application.Nova;
using Benchmarker.Application.Nova.Orchestration;
using Benchmarker.Domain.Models;
using FluentValidation;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Benchmarker.Application.UnitTests.Nova;

public sealed class NovaModelResolverTests
{
    private readonly IInferenceBackend ollama = Backend("ollama", "llama3.2:latest", "qwen3:4b");
    private readonly IInferenceBackend embedded = Backend("embedded", "tiny.gguf");

    [Fact]
    public async Task Resolve_NameWithoutTag_MatchesLatest()
    {
        var (backend, model) = await Resolver().ResolveAsync("llama3.2", CancellationToken.None);

        Assert.Same(ollama, backend);
        Assert.Equal("llama3.2", model);
    }

    [Fact]
    public async Task Resolve_UnknownModel_NamesInstalledModels()
    {
        var failure = await Assert.ThrowsAsync<ValidationException>(() => Resolver().ResolveAsync("mistral", CancellationToken.None));

        var error = Assert.Single(failure.Errors);
        Assert.Equal("parameters.model", error.PropertyName);
        Assert.Contains("llama3.2:latest, qwen3:4b", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_NoModelGiven_UsesConfiguredDefault()
    {
        var (_, model) = await Resolver(defaultModel: "qwen3:4b").ResolveAsync(null, CancellationToken.None);

        Assert.Equal("qwen3:4b", model);
    }

    [Fact]
    public async Task Resolve_NoDefault_PrefersOllamaThenEmbedded()
    {
        var (_, first) = await Resolver().ResolveAsync(null, CancellationToken.None);
        ollama.ListModelsAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new BackendUnavailableException("ollama", "http://127.0.0.1:11434", "connection refused"));
        var (backend, second) = await Resolver().ResolveAsync(" ", CancellationToken.None);

        Assert.Equal("llama3.2:latest", first);
        Assert.Same(embedded, backend);
        Assert.Equal("tiny.gguf", second);
    }

    [Fact]
    public async Task Resolve_NothingInstalled_SaysHowToGetModel()
    {
        var empty = Backend("ollama");

        var failure = await Assert.ThrowsAsync<ValidationException>(
            () => new NovaModelResolver([empty], Options.Create(new NovaOptions())).ResolveAsync(null, CancellationToken.None));

        Assert.Contains("ollama pull", Assert.Single(failure.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    private NovaModelResolver Resolver(string? defaultModel = null) =>
        new([embedded, ollama], Options.Create(new NovaOptions { DefaultModel = defaultModel }));

    private static IInferenceBackend Backend(string name, params string[] models)
    {
        var backend = Substitute.For<IInferenceBackend>();
        backend.Name.Returns(name);
        backend.Owns(Arg.Any<string>()).Returns(call => call.Arg<string>().EndsWith(".gguf", StringComparison.Ordinal) == (name == "embedded"));
        backend.GetStatusAsync(Arg.Any<CancellationToken>()).Returns(new BackendStatus(name, true, null, "local", null));
        backend.ListModelsAsync(Arg.Any<CancellationToken>()).Returns([.. models.Select(m => new ModelDetails { Name = m, Backend = name })]);
        return backend;
    }
}

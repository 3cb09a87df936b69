using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Infrastructure.Embedded.Demo;
using Benchmarker.Infrastructure.Embedded.Gguf;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class EmbeddedFailureTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Generate_CorruptFileFailsToLoad()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(directory.File("corrupt.gguf"), bytes);

        var outcome = await GenerateAsync("corrupt.gguf");

        AssertLoadFailed(outcome, "corrupt.gguf");
    }

    [Fact]
    public async Task Generate_TruncatedFileFailsToLoad()
    {
        using (var stream = new MemoryStream())
        {
            DemoModelGenerator.Write(stream);
            File.WriteAllBytes(directory.File("half.gguf"), stream.ToArray()[..(int)(stream.Length / 2)]);
        }

        var outcome = await GenerateAsync("half.gguf");

        AssertLoadFailed(outcome, "half.gguf");
        Assert.Contains("truncated", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MissingFileFailsToLoad()
    {
        var outcome = await GenerateAsync("absent.gguf");

        AssertLoadFailed(outcome, "absent.gguf");
        Assert.Contains("not found", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_UnsupportedArchitectureQuotesLlamaCpp()
    {
        var writer = new GgufWriter()
            .AddString("general.architecture", "nosucharch")
            .AddUInt32("general.alignment", 32)
            .AddTensor("token_embd.weight", [4, 4], new float[16]);
        using (var stream = File.Create(directory.File("odd.gguf")))
        {
            writer.WriteTo(stream);
        }

        var outcome = await GenerateAsync("odd.gguf");

        AssertLoadFailed(outcome, "odd.gguf");
        Assert.Contains("nosucharch", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_FailedLoadIsRetriedAfterFix()
    {
        File.WriteAllBytes(directory.File("later.gguf"), [1, 2, 3]);
        using var backend = EmbeddedBackends.Create(directory);
        var first = await backend.GenerateAsync(EmbeddedBackends.Request(2, model: "later.gguf"), NullGenerationObserver.Instance, CancellationToken.None);

        using (var stream = File.Create(directory.File("later.gguf")))
        {
            DemoModelGenerator.Write(stream);
        }

        var second = await backend.GenerateAsync(EmbeddedBackends.Request(2, model: "later.gguf"), NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal(GenerationStatus.Failed, first.Status);
        Assert.Equal(GenerationStatus.Completed, second.Status);
    }

    [Fact]
    public async Task Generate_PromptOverTrainingContextSaysShorten()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var request = new GenerationRequest(EmbeddedBackends.DemoModel, string.Concat(Enumerable.Repeat("word ", 6000)), new GenerationParameters { NumPredict = 4 });

        var outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal("invalid_request", outcome.ErrorKind);
        Assert.Contains("shorten the prompt", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("raise num_ctx", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_PromptOverSmallNumCtxSaysRaise()
    {
        using var backend = EmbeddedBackends.Create(directory);
        var request = new GenerationRequest(EmbeddedBackends.DemoModel, string.Concat(Enumerable.Repeat("word ", 100)), new GenerationParameters { NumPredict = 4, NumCtx = 16 });

        var outcome = await backend.GenerateAsync(request, NullGenerationObserver.Instance, CancellationToken.None);

        Assert.Equal("invalid_request", outcome.ErrorKind);
        Assert.Contains("raise num_ctx (up to 4096", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.gguf")]
    [InlineData("..\\escape.gguf")]
    [InlineData("sub/model.gguf")]
    [InlineData("/etc/model.gguf")]
    [InlineData("..gguf")]
    public async Task Generate_RejectsNamesWithPaths(string model)
    {
        var outcome = await GenerateAsync(model);

        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal("invalid_request", outcome.ErrorKind);
        Assert.Contains("without a path", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_ReturnsNullForPathNames()
    {
        using var backend = EmbeddedBackends.Create(directory);

        Assert.Null(await backend.DescribeModelAsync("../" + EmbeddedBackends.DemoModel, CancellationToken.None));
    }

    private async Task<GenerationOutcome> GenerateAsync(string model)
    {
        using var backend = EmbeddedBackends.Create(directory, options => options.CreateDemoModel = false);
        return await backend.GenerateAsync(EmbeddedBackends.Request(numPredict: 4, model: model), NullGenerationObserver.Instance, CancellationToken.None);
    }

    private static void AssertLoadFailed(GenerationOutcome outcome, string fileName)
    {
        Assert.Equal(GenerationStatus.Failed, outcome.Status);
        Assert.Equal("load_failed", outcome.ErrorKind);
        Assert.Contains(fileName, outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Chunks);
    }
}

using Benchmarker.Infrastructure.Embedded.Demo;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class EmbeddedCatalogTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task List_CreatesAndDescribesDemoModel()
    {
        using var backend = EmbeddedBackends.Create(directory);

        var models = await backend.ListModelsAsync(CancellationToken.None);

        var model = Assert.Single(models);
        Assert.Equal(DemoModelGenerator.DefaultFileName, model.Name);
        Assert.Equal("embedded", model.Backend);
        Assert.Equal("llama", model.Architecture);
        Assert.Equal("0.1M", model.ParameterSize);
        Assert.Equal(4096, model.ContextLength);
        Assert.Equal("F32", model.QuantizationLevel);
        Assert.Equal(new FileInfo(directory.File(model.Name)).Length, model.SizeBytes);
    }

    [Fact]
    public async Task List_LeavesDirectoryWithModelsAlone()
    {
        File.Copy(await WriteDemoAsync("mine.GGUF"), directory.File("copy.gguf"));
        using var backend = EmbeddedBackends.Create(directory);

        var models = await backend.ListModelsAsync(CancellationToken.None);

        Assert.Equal(["copy.gguf", "mine.GGUF"], models.Select(model => model.Name));
    }

    [Fact]
    public async Task List_ShowsUnreadableFileByNameOnly()
    {
        File.WriteAllBytes(directory.File("broken.gguf"), [0, 1, 2]);
        using var backend = EmbeddedBackends.Create(directory);

        var model = Assert.Single(await backend.ListModelsAsync(CancellationToken.None));

        Assert.Equal("broken.gguf", model.Name);
        Assert.Null(model.Architecture);
        Assert.Equal(3, model.SizeBytes);
    }

    [Fact]
    public async Task Status_ReportsDirectoryAndVersion()
    {
        using var backend = EmbeddedBackends.Create(directory);

        var status = await backend.GetStatusAsync(CancellationToken.None);

        Assert.True(status.Available);
        Assert.Equal("embedded", status.Backend);
        Assert.Equal(directory.Path, status.Location);
        Assert.Equal("llama.cpp via LLamaSharp 0.30.0", status.Version);
        Assert.Null(status.Error);
    }

    [Fact]
    public async Task Status_ReportsMissingDirectory()
    {
        var missing = Path.Combine(directory.Path, "absent");
        using var backend = EmbeddedBackends.Create(directory, options =>
        {
            options.ModelsDirectory = missing;
            options.CreateDemoModel = false;
        });

        var status = await backend.GetStatusAsync(CancellationToken.None);

        Assert.False(status.Available);
        Assert.Contains(missing, status.Error, StringComparison.Ordinal);
        Assert.Empty(await backend.ListModelsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Describe_ReturnsNullForUnknownModel()
    {
        using var backend = EmbeddedBackends.Create(directory);

        Assert.NotNull(await backend.DescribeModelAsync(EmbeddedBackends.DemoModel, CancellationToken.None));
        Assert.Null(await backend.DescribeModelAsync("other.gguf", CancellationToken.None));
    }

    [Theory]
    [InlineData("tiny.gguf", true)]
    [InlineData("TINY.GGUF", true)]
    [InlineData("llama3.2:latest", false)]
    [InlineData("model.gguf.bak", false)]
    public void Owns_MatchesGgufFileNames(string model, bool expected)
    {
        using var backend = EmbeddedBackends.Create(directory);

        Assert.Equal(expected, backend.Owns(model));
    }

    [Fact]
    public async Task WarmUp_LoadsNoModel()
    {
        using var backend = EmbeddedBackends.Create(directory);

        await backend.WarmUpAsync(CancellationToken.None);

        Assert.Empty(await backend.ListLoadedModelsAsync(CancellationToken.None));
    }

    private async Task<string> WriteDemoAsync(string name)
    {
        var path = directory.File(name);
        await using var stream = File.Create(path);
        DemoModelGenerator.Write(stream);
        return path;
    }
}

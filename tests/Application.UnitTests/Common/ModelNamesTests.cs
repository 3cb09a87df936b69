using Benchmarker.Application.Common.Models;

namespace Benchmarker.Application.UnitTests.Common;

public sealed class ModelNamesTests
{
    [Theory]
    [InlineData("llama3.2")]
    [InlineData("llama3.2:3b")]
    [InlineData("qwen2.5-coder:1.5b-instruct-q4_K_M")]
    [InlineData("library/llama3.2:latest")]
    [InlineData("registry.ollama.ai/library/llama3.2:latest")]
    [InlineData("localhost:5000/team/model:v1")]
    [InlineData("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M")]
    [InlineData("tiny.gguf")]
    [InlineData("Tiny-Model_v2.Q8_0.GGUF")]
    public void IsValid_AcceptsWellFormedNames(string name)
    {
        Assert.True(ModelNames.IsValid(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("../secret.gguf")]
    [InlineData("..\\secret.gguf")]
    [InlineData("models/../../etc/passwd.gguf")]
    [InlineData("/etc/tiny.gguf")]
    [InlineData("C:\\models\\tiny.gguf")]
    [InlineData("a..b.gguf")]
    [InlineData("..")]
    [InlineData(".hidden.gguf")]
    [InlineData("a/b/c/d")]
    [InlineData("llama3.2:")]
    [InlineData(":latest")]
    [InlineData("llama 3")]
    [InlineData("-model")]
    [InlineData("model:tag:other")]
    public void IsValid_RejectsMalformedAndPathNames(string name)
    {
        Assert.False(ModelNames.IsValid(name));
    }

    [Fact]
    public void IsValid_RejectsOverlongModelPart()
    {
        Assert.False(ModelNames.IsValid(new string('a', 81)));
    }

    [Theory]
    [InlineData("llama3.2", "llama3.2:latest")]
    [InlineData("Llama3.2:LATEST", "llama3.2:latest")]
    [InlineData("library/llama3.2", "library/llama3.2:latest")]
    [InlineData("localhost:5000/model", "localhost:5000/model:latest")]
    [InlineData("Tiny.gguf", "tiny.gguf")]
    public void Normalise_AddsLatestAndLowercases(string name, string expected)
    {
        Assert.Equal(expected, ModelNames.Normalise(name));
    }
}
